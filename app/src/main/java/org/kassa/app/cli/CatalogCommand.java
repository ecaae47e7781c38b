package org.kassa.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.config.KassaSettings;
import org.kassa.central.CentralCatalog;
import org.kassa.central.CentralSettings;
import org.kassa.central.CentralUnavailableException;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.catalog.CatalogFormatException;
import org.kassa.till.catalog.Product;
import org.kassa.till.store.ProductRepository;
import org.kassa.till.store.StoreException;
import org.kassa.till.store.TillStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kassa catalog import FILE.csv} and {@code kassa catalog list}. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "The shop's catalog in the till database.",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.ListProducts.class})
public final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a catalog CSV file (columns article, barcode, name, price, measure, vat; any order; "
                    + "comma or semicolon; UTF-8). All or nothing: every bad line is printed on stderr and nothing is "
                    + "imported. Prints {\"imported\":N,\"updated\":M}. With --demo instead of a file: the demo "
                    + "catalog of training mode. With --central: into the shop's central store "
                    + "(store.central.url), from which every till pulls it.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE.csv", arity = "0..1", description = "The catalog file.")
        Path file;

        @Option(names = "--demo", description = "Import the built-in demo catalog (16 shop items, some sold by "
                + "weight) instead of a file.")
        boolean demo;

        @Option(names = "--central", description = "Import into the shop's central store (store.central.url) "
                + "instead of this till's database; the tills pull the changes.")
        boolean central;

        @Override
        public Integer call() {
            if ((file == null) == !demo) {
                throw new ParameterException(spec.commandLine(), "give a catalog file FILE.csv or --demo (one of "
                        + "the two)");
            }
            List<Product> products;
            try {
                products = demo ? CatalogCsv.demo() : CatalogCsv.read(file);
            } catch (NoSuchFileException e) {
                throw new CommandFailure("no file " + file + "; check the path");
            } catch (IOException e) {
                throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
            } catch (CatalogFormatException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.problems().forEach(p -> err.println(file + ": " + p));
                err.println("kassa: nothing imported; fix the " + e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s") + " above and import again");
                err.flush();
                return KassaCli.EXIT_FAILED;
            }
            if (central) {
                return importCentrally(products);
            }
            try (TillStore till = store.open(spec.commandLine())) {
                ProductRepository.UpsertCount count = till.products().upsertAll(products);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("imported", count.inserted());
                json.put("updated", count.updated());
                spec.commandLine().getOut().println(Json.line(json));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (StoreException e) {
                throw new CommandFailure("nothing imported: " + e.getMessage());
            }
        }

        private Integer importCentrally(List<Product> products) {
            KassaSettings settings = store.settings();
            CentralSettings where = settings.central().orElseThrow(() -> new CommandFailure(settings.training()
                    ? "training mode has no central store; set kassa.mode to test or production"
                    : "no central store configured; set store.central.url (e.g. jdbc:postgresql://shop-server:5432/kassa)"));
            try {
                CentralCatalog.Count count = CentralCatalog.importProducts(where.open(), products);
                return printCount(spec, count.inserted(), count.updated(), where.describe());
            } catch (CentralUnavailableException e) {
                throw new CommandFailure("nothing imported: " + e.getMessage());
            }
        }
    }

    private static Integer printCount(CommandSpec spec, int inserted, int updated, String where) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", inserted);
        json.put("updated", updated);
        if (where != null) {
            json.put("central", where);
        }
        spec.commandLine().getOut().println(Json.line(json));
        spec.commandLine().getOut().flush();
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints every product as a JSON line: article, barcode, name, price (roubles), measure, vat.")
    static final class ListProducts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (TillStore till = store.open(spec.commandLine())) {
                PrintWriter out = spec.commandLine().getOut();
                for (Product p : till.products().list()) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("article", p.article());
                    json.put("barcode", p.barcode());
                    json.put("name", p.name());
                    json.put("price", BigDecimal.valueOf(p.priceKopecks(), 2).toPlainString());
                    json.put("measure", p.measure().name());
                    json.put("vat", p.vat().code());
                    out.println(Json.line(json));
                }
                out.flush();
                return 0;
            } catch (StoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }
}
