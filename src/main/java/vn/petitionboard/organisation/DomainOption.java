package vn.petitionboard.organisation;

/** A petition topic (lĩnh vực) as a choice in a selector. */
public record DomainOption(DomainId id, String code, String name) {
}
