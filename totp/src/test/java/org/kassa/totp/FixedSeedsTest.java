package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Every jqwik property of this module runs on a fixed seed, so a CI run can be repeated exactly (0060). */
class FixedSeedsTest {

    @Test
    void everyPropertyHasAFixedSeed() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(FixedSeedsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> properties = new ArrayList<>();
        List<String> unseeded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                for (Method m : Class.forName(name, false, getClass().getClassLoader()).getDeclaredMethods()) {
                    Property p = m.getAnnotation(Property.class);
                    if (p != null) {
                        properties.add(name + "#" + m.getName());
                        if (p.seed().isEmpty()) {
                            unseeded.add(name + "#" + m.getName());
                        }
                    }
                }
            }
        }
        assertThat(properties).as("the check must see the properties it guards").isNotEmpty();
        assertThat(unseeded).as("@Property without seed = \"...\"").isEmpty();
    }
}
