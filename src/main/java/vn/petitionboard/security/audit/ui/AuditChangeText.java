package vn.petitionboard.security.audit.ui;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's before and after, stored as JSON objects of plain values, as one readable line: "enabled: true → false;
 * roles: [CLERK] → [CLERK, ADMIN]". Only the keys whose value changed, or every key when one side is missing.
 */
final class AuditChangeText {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String NONE = "–";

    private AuditChangeText() {
    }

    static String of(String beforeJson, String afterJson) {
        Map<String, Object> before = parse(beforeJson);
        Map<String, Object> after = parse(afterJson);
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        boolean bothSides = !before.isEmpty() && !after.isEmpty();
        return keys.stream()
                .filter(key -> !bothSides || !Objects.equals(before.get(key), after.get(key)))
                .map(key -> key + ": " + text(before, key) + " → " + text(after, key))
                .collect(Collectors.joining("; "));
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? NONE : String.valueOf(value);
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = JsonMapper.shared().readValue(json, MAP);
            return map == null ? Map.of() : map;
        } catch (RuntimeException notAnObject) {
            return Map.of("?", json);
        }
    }
}
