package dk.samtalebordet.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * This node's name among several: in the database's session list (application_name) and on the presence rows it
 * vouches for. {@code samtalebordet.cluster.node-name}, by default a new random name at every start, so that a
 * restarted node never vouches for the pages it had before it died.
 */
@Component
public class ClusterNode {

    private final String name;

    ClusterNode(@Value("${samtalebordet.cluster.node-name:}") String name) {
        String random = UUID.randomUUID().toString().substring(0, 8);
        this.name = name == null || name.isBlank() ? random : name.strip() + "-" + random;
    }

    public String name() {
        return name;
    }
}
