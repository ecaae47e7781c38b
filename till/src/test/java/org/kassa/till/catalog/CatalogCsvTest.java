package org.kassa.till.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.till.store.ProductRepository;
import org.kassa.till.store.TestStores;
import org.kassa.till.store.TillStore;

class CatalogCsvTest {

    private static List<Product> parse(String text) throws CatalogFormatException {
        return CatalogCsv.parse(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    private static List<String> problems(String text) {
        try {
            parse(text);
        } catch (CatalogFormatException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + text);
    }

    @Test
    void readsCommaSeparatedQuotedFieldsInAnyColumnOrder() throws Exception {
        List<Product> products = parse("name,price,article,vat,barcode,measure\n"
                + "\"Молоко 3,2% \"\"Домик\"\"\",89.90,1001,vat10,4601234000017,\n"
                + "\"Яблоки, кг\",169.9,2001,VAT20,,kilogram\r\n"
                + "\n"
                + "Пакет,5,3001,none,,PIECE\n");
        assertThat(products).containsExactly(
                new Product("1001", "4601234000017", "Молоко 3,2% \"Домик\"", 8990, Measure.PIECE, Vat.VAT10),
                new Product("2001", null, "Яблоки, кг", 16990, Measure.KILOGRAM, Vat.VAT20),
                new Product("3001", null, "Пакет", 500, Measure.PIECE, Vat.NONE));
    }

    @Test
    void readsSemicolonSeparatedFilesWithAByteOrderMark() throws Exception {
        List<Product> products = parse("\uFEFFarticle;barcode;name;price;measure;vat\n"
                + "1001;4601234000017;Молоко, 1 л;89,90;PIECE;vat10\n");
        assertThat(products).containsExactly(
                new Product("1001", "4601234000017", "Молоко, 1 л", 8990, Measure.PIECE, Vat.VAT10));
    }

    @Test
    void reportsEveryBadLineWithItsNumberColumnAndFix() {
        assertThat(problems("article,barcode,name,price,measure,vat\n"
                + "1001,4601234000017,Молоко,89.90,PIECE,vat10\n"
                + "1002,4601234000018,Хлеб,54.505,PIECE,vat10\n"
                + "1003,,Кефир,79.00,BARREL,vat18\n"
                + ",,,,,\n"
                + "1001,,Дубль,1.00,,none\n"
                + "1006,46O1234000017,Сок,-1,,vat20\n"))
                .containsExactly(
                        "line 3, column price: '54.505' is not a price in roubles; write it with at most 2 decimals, "
                                + "e.g. 89.90",
                        "line 3, column barcode: '4601234000018' has a wrong check digit (last digit); copy it again "
                                + "from the package",
                        "line 4, column measure: 'BARREL' is not a measure; use one of " + Measure.allowed()
                                + " (empty means PIECE)",
                        "line 4, column vat: 'vat18' is not a VAT rate; use one of none, vat0, vat10, vat20, vat110, "
                                + "vat120",
                        "line 5, column article: empty; every product needs an article (the shop's own code)",
                        "line 5, column name: must be 1 to 256 characters; write the name for the receipt",
                        "line 5, column price: '' is not a price in roubles; write it with at most 2 decimals, e.g. 89.90",
                        "line 5, column vat: '' is not a VAT rate; use one of none, vat0, vat10, vat20, vat110, vat120",
                        "line 6, column article: '1001' is already on line 2; keep one of the two lines",
                        "line 7, column price: '-1' is not a price in roubles; write it with at most 2 decimals, e.g. 89.90",
                        "line 7, column barcode: '46O1234000017' must be digits only; copy it from the package or leave "
                                + "it empty");
    }

    @Test
    void countsLinesOfQuotedLineBreaksAndNamesHeaderMistakes() {
        assertThat(problems("article,name,price,vat\n1,\"two\nlines\",1.00,none\n2,x,1.001,none\n"))
                .containsExactly("line 4, column price: '1.001' is not a price in roubles; write it with at most 2 "
                        + "decimals, e.g. 89.90");
        assertThat(problems("article,name,prise,vat\n")).containsExactly(
                "line 1, column 3: unknown column 'prise'; the columns are article, name, price, vat, barcode, measure",
                "line 1: the header has no column 'price'; add it (the columns are article, name, price, vat, barcode, "
                        + "measure)");
        assertThat(problems("")).singleElement().asString().startsWith("line 1: the file is empty");
        assertThatThrownBy(() -> CatalogCsv.parse(new byte[] {'a', (byte) 0xC3, '\n'}, "latin.csv"))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining("latin.csv")
                .hasMessageContaining("not UTF-8");
        assertThat(problems("article,name,price,vat\n1,\"open,1.00,none\n")).containsExactly(
                "line 2: a quote \" is never closed; close it or remove it");
    }

    @Test
    void importIsAllOrNothingAndIdempotent() throws Exception {
        try (TillStore store = TillStore.open(TestStores.freshDir("catalog"))) {
            List<Product> demo = CatalogCsv.demo();
            assertThat(store.products().upsertAll(demo)).isEqualTo(new ProductRepository.UpsertCount(demo.size(), 0, 0));
            assertThat(store.products().upsertAll(CatalogCsv.demo()))
                    .isEqualTo(new ProductRepository.UpsertCount(0, 0, demo.size()));
            assertThatThrownBy(() -> parse("article,name,price,vat\n9001,Новый,1.00,none\n9002,Плохой,x,none\n"))
                    .isInstanceOf(CatalogFormatException.class);
            assertThat(store.products().byArticle("9001")).isEmpty();
            assertThat(store.products().list()).hasSize(demo.size());
        }
    }

    @Test
    void theDemoCatalogHasShopItemsSomeSoldByWeightWithValidBarcodes() {
        List<Product> demo = CatalogCsv.demo();
        assertThat(demo).hasSizeBetween(12, 20);
        assertThat(demo).filteredOn(p -> !p.measure().byPiece()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo).filteredOn(p -> p.barcode() != null)
                .allSatisfy(p -> assertThat(p.barcode()).hasSize(13).satisfies(
                        b -> assertThat(CatalogLine.checkDigitOk(b)).as("check digit of %s", b).isTrue()));
        assertThat(demo).extracting(Product::name).contains("Молоко 3,2% 1 л");
    }
}
