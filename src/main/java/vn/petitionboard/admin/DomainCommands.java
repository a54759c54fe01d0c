package vn.petitionboard.admin;

import vn.petitionboard.organisation.DomainId;

/** What an administrator asks of the domains. Names arrive as typed; the service cleans and checks them. */
public final class DomainCommands {

    private DomainCommands() {
    }

    public record Add(String name) {
    }

    public record Rename(DomainId domain, int version, String name) {
    }

    /** Take out of use or back into use, as of the version the administrator saw. */
    public record Target(DomainId domain, int version) {
    }
}
