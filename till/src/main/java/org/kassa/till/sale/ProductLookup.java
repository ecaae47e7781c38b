package org.kassa.till.sale;

import java.util.Optional;
import org.kassa.till.catalog.Product;

/** Finds a catalog product by its barcode or, failing that, its article. */
@FunctionalInterface
public interface ProductLookup {

    Optional<Product> find(String barcodeOrArticle);
}
