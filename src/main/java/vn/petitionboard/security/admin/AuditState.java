package vn.petitionboard.security.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An account as the audit log keeps it: names and flags, never a password or a hash. */
final class AuditState {

    private AuditState() {
    }

    static Map<String, Object> of(UserAccount account, String departmentName) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.username());
        state.put("fullName", account.fullName());
        state.put("positionTitle", account.positionTitle());
        state.put("email", account.email());
        state.put("phone", account.phone());
        state.put("department", departmentName);
        state.put("roles", account.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        state.put("enabled", account.enabled());
        return state;
    }

    static Map<String, Object> enabled(boolean enabled) {
        return Map.of("enabled", enabled);
    }
}
