package dk.samtalebordet.directory.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * What Entra ID sends in a PATCH that the SCIM standard spells otherwise, made standard before the library reads
 * it: {@code "op": "Replace"} (capitalised), {@code "value": "False"} for the boolean {@code active}, and the
 * enterprise {@code manager} as the manager's id alone rather than {@code {"value": id}}.
 */
final class EntraPatches {

    private EntraPatches() {
    }

    static JsonNode normalise(JsonNode request) {
        JsonNode operations = request.get("Operations");
        if (operations instanceof ArrayNode list) {
            for (JsonNode node : list) {
                if (node instanceof ObjectNode op) {
                    normalise(op);
                }
            }
        }
        return request;
    }

    private static void normalise(ObjectNode op) {
        if (op.hasNonNull("op")) {
            op.put("op", op.get("op").asText().toLowerCase(Locale.ROOT));
        }
        String path = op.hasNonNull("path") ? op.get("path").asText() : null;
        JsonNode value = op.get("value");
        if (path == null && value instanceof ObjectNode values) {
            Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(valueFor(field.getKey(), field.getValue()));
            }
        } else if (path != null && value != null) {
            op.set("value", valueFor(path, value));
        }
    }

    private static JsonNode valueFor(String path, JsonNode value) {
        String attribute = path.toLowerCase(Locale.ROOT);
        if (attribute.equals("active") && value.isTextual()) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value.asText()));
        }
        if (attribute.endsWith(":manager") && value.isTextual()) {
            return JsonNodeFactory.instance.objectNode().put("value", value.asText());
        }
        return value;
    }
}
