package vn.petitionboard.security;

/**
 * The Content-Security-Policy of the app's pages and of every other answer; why each source is there is in
 * docs/decisions/0012. In short: scripts only from the app itself or inline with the page's nonce, plus
 * 'unsafe-eval' because Flow's client runs the server's executeJs snippets through the Function constructor; styles
 * inline too, because Vaadin's components and the connection indicator insert style elements and attributes.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** A Vaadin page whose inline scripts carry {@code nonce}. */
    static String forPage(String nonce) {
        return String.join("; ",
                "default-src 'none'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "manifest-src 'self'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** JSON, files and error pages: nothing in them may run or load anything, nor be framed. */
    static String forOtherResponses() {
        return "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
