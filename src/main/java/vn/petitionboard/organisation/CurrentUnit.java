package vn.petitionboard.organisation;

/**
 * The unit the signed-in user works in, which scopes the reference data. Declared here, implemented by security's
 * CurrentUser: security knows who is signed in and depends on organisation (users belong to units and departments),
 * never the other way round (docs/decisions/0007-feature-dependencies.md).
 */
public interface CurrentUnit {

    /** The signed-in user's unit; fails when nobody is signed in. */
    UnitId unitId();
}
