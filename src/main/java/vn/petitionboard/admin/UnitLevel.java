package vn.petitionboard.admin;

import vn.petitionboard.organisation.UnitId;

/**
 * One level of the administrator's unit and those above it (ward, district, city), as the unit screen edits their
 * names. {@code kind} is unit.kind (WARD, DISTRICT, CITY) and names the field of an error.
 */
public record UnitLevel(UnitId id, String kind, String name, int version) {
}
