package org.kassa.payclient.callback;

/** Receives Koshelek Pay postbacks as hints for the payment workflow (which confirms by a status call). */
@FunctionalInterface
public interface PostbackListener {
    PostbackListener IGNORE = hint -> { };

    void onPostback(PostbackHint hint);
}
