package vn.petitionboard.admin;

import vn.petitionboard.organisation.DomainId;

/** A petition topic (lĩnh vực), in use or not, at the version the screen shows. */
public record Domain(DomainId id, String code, String name, boolean active, int version) {
}
