package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

    private static Path freshDir(String name) throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-stores").toAbsolutePath()),
                name + "-");
    }

    private static Path csv(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importsThenReimportsIdempotentlyAndListsAsJsonLines() throws Exception {
        Path dir = freshDir("cli-catalog");
        Path file = csv(dir, "catalog.csv", "\uFEFFarticle;barcode;name;price;measure;vat\n"
                + "1001;4601234000017;\"Молоко; 1 л\";89.90;;vat10\n"
                + "2001;;Яблоки;169,9;KILOGRAM;vat10\n");
        String data = dir.resolve("data").toString();

        Cli.Run first = Cli.inProcess("catalog", "import", file.toString(), "--data-dir", data);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.line()).isEqualTo("{\"imported\":2,\"updated\":0}");
        assertThat(Cli.inProcess("catalog", "import", file.toString(), "--data-dir", data).line())
                .isEqualTo("{\"imported\":0,\"updated\":0}");
        csv(dir, "catalog.csv", "article,name,price,vat\n2001,Яблоки Гала,179.90,vat10\n");
        assertThat(Cli.inProcess("catalog", "import", file.toString(), "--data-dir", data).line())
                .isEqualTo("{\"imported\":0,\"updated\":1}");

        Cli.Run list = Cli.inProcess("catalog", "list", "--data-dir", data);
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).containsExactly(
                "{\"article\":\"1001\",\"barcode\":\"4601234000017\",\"name\":\"Молоко; 1 л\",\"price\":\"89.90\","
                        + "\"measure\":\"PIECE\",\"vat\":\"vat10\"}",
                "{\"article\":\"2001\",\"barcode\":null,\"name\":\"Яблоки Гала\",\"price\":\"179.90\","
                        + "\"measure\":\"PIECE\",\"vat\":\"vat10\"}");
    }

    @Test
    void aBadFileImportsNothingAndNamesEveryBadLine() throws Exception {
        Path dir = freshDir("cli-catalog-bad");
        String data = dir.resolve("data").toString();
        Path file = csv(dir, "bad.csv", "article,name,price,vat\n1,Хлеб,54.50,vat10\n2,Сыр,1.999,vat10\n3,Сок,1,vat18\n");

        Cli.Run run = Cli.inProcess("catalog", "import", file.toString(), "--data-dir", data);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                file + ": line 3, column price: '1.999' is not a price in roubles; write it with at most 2 decimals, "
                        + "e.g. 89.90",
                file + ": line 4, column vat: 'vat18' is not a VAT rate; use one of none, vat0, vat10, vat20, vat110, "
                        + "vat120",
                "kassa: nothing imported; fix the 2 problems above and import again");
        assertThat(Cli.inProcess("catalog", "list", "--data-dir", data).out()).isEmpty();
    }

    @Test
    void theDemoCatalogImportsIntoTheTrainingStore() throws Exception {
        String data = freshDir("cli-catalog-demo").toString();
        assertThat(Cli.inProcess("catalog", "import", "--demo", "--data-dir", data).line())
                .isEqualTo("{\"imported\":16,\"updated\":0}");
        assertThat(Cli.inProcess("catalog", "list", "--data-dir", data).out().lines())
                .anyMatch(l -> l.contains("\"measure\":\"KILOGRAM\""));
    }

    @Test
    void aRealProcessPrintsJsonOnlyAndNothingOnStderr() throws Exception {
        Path dir = freshDir("cli-catalog-child");
        Cli.Run run = Cli.childJvm(dir, "catalog", "import", "--demo", "--data-dir", dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.line()).isEqualTo("{\"imported\":16,\"updated\":0}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badFlagsExitWith2AndAMissingFileWith1() throws Exception {
        Path dir = freshDir("cli-catalog-flags");
        Cli.Run both = Cli.inProcess("catalog", "list", "--data-dir", dir.toString(), "--jdbc-url", "jdbc:h2:file:/x");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("give either --data-dir or --jdbc-url, not both");
        Cli.Run neither = Cli.inProcess("catalog", "import", "--data-dir", dir.toString());
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("give a catalog file FILE.csv or --demo");
        assertThat(Cli.inProcess("catalog", "import", "x.csv", "--demo", "--data-dir", dir.toString()).exit())
                .isEqualTo(2);
        Cli.Run missing = Cli.inProcess("catalog", "import", dir.resolve("none.csv").toString(), "--data-dir",
                dir.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("kassa: no file " + dir.resolve("none.csv") + "; check the path");
    }
}
