package vn.petitionboard.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.petitionboard.base.ui.ShellUser;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/**
 * The person behind a session: who they are, their unit and department, and their roles; and whether the password
 * they signed in with was given by an administrator, so must be changed before anything else.
 */
public record SignedInUser(
        UserId id,
        String username,
        String passwordHash,
        String fullName,
        String positionTitle,
        UnitId unitId,
        String unitName,
        String unitKind,
        DepartmentId departmentId,
        String departmentName,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword) implements UserDetails, ShellUser {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean isLeader() {
        return hasAny(Role.LEADERS);
    }

    /**
     * A leader or the Front of a district: they read the district's overview of its wards and the list behind its
     * figures, read-only (docs/decisions/0029-district-overview.md). Not a role anyone is given: it follows from the
     * roles and the unit's kind, and Spring Security sees it as ROLE_{@value Permissions#DISTRICT_OVERSIGHT}.
     */
    public boolean overseesWards() {
        return "DISTRICT".equals(unitKind) && hasAny(Role.WARD_OVERSEERS);
    }

    /** The roles in the enum's order (leaders first), as the shell lists them. */
    @Override
    public List<String> roleLabelKeys() {
        return roles.stream().sorted().map(Role::labelKey).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<String> granted = roles.stream().map(Role::name);
        Stream<String> derived = overseesWards() ? Stream.of(Permissions.DISTRICT_OVERSIGHT) : Stream.empty();
        return Stream.concat(granted, derived).map(name -> new SimpleGrantedAuthority("ROLE_" + name)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /**
     * The same user without the password hash: what the session keeps once the password was checked, so that a
     * session store, a heap dump or a serialised session never holds the hash.
     */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, null, fullName, positionTitle, unitId, unitName, unitKind, departmentId,
                departmentName, roles, enabled, mustChangePassword);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + roles + "]"; // never the hash
    }
}
