package org.kassa.payclient.api;

/** The HTTP 422 body: a code from the vendor's catalog and optional details in Russian. */
public record ErrorBody(String code, String details) {
}
