package dk.samtalebordet.concept;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The picture pieces the application ships: {@code concepts/pictures.json} and the SVGs under /pictures. */
@Component
class PictureCatalog {

    private final Map<String, Picture> byCode = new LinkedHashMap<>();

    PictureCatalog(ObjectMapper mapper) {
        try (InputStream in = new ClassPathResource("concepts/pictures.json").getInputStream()) {
            List<PictureFile> files = mapper.readValue(in, new TypeReference<>() { });
            for (PictureFile f : files) {
                if (!new ClassPathResource("META-INF/resources/pictures/" + f.file()).exists()) {
                    throw new IllegalStateException("Picture file missing: " + f.file());
                }
                byCode.put(f.code(), new Picture(f.code(), f.file(), f.title(), f.altText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read concepts/pictures.json", e);
        }
    }

    List<Picture> resolve(List<String> codes) {
        return codes.stream().map(code -> {
            Picture p = byCode.get(code);
            if (p == null) {
                throw new IllegalArgumentException("Unknown picture piece: " + code);
            }
            return p;
        }).toList();
    }

    private record PictureFile(String code, String file, String title, String altText) {
    }
}
