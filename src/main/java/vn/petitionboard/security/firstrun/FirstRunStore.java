package vn.petitionboard.security.firstrun;

import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.DOMAIN;
import static vn.petitionboard.jooq.Tables.UNIT;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.petitionboard.base.text.SearchText;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.UserId;

/** The rows a fresh installation starts from: the unit chain, the common petition domains, the first administrator. */
@Repository
class FirstRunStore {

    /**
     * The domains (lĩnh vực) that dialogue conferences' petitions fall into everywhere; the administrator renames,
     * adds or retires them later. Codes are stable keys, names what users read.
     */
    private static final List<String[]> DOMAINS = List.of(
            new String[] {"XDD", "Xây dựng Đảng"},
            new String[] {"DD", "Đất đai & GCN QSDĐ"},
            new String[] {"TTDT", "Trật tự đô thị"},
            new String[] {"MT", "Môi trường"},
            new String[] {"GPMB", "Giải phóng mặt bằng"},
            new String[] {"ANTT", "An ninh trật tự"},
            new String[] {"VHXH", "Văn hóa – Xã hội"});

    private final DSLContext dsl;
    private final Clock clock;

    FirstRunStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * True while no account exists. Read with a lock (on an empty table, the gap before the first row), so that two
     * set-ups at once on one database run one after the other and the second sees the first one's administrator.
     */
    boolean noAccountLocked() {
        return dsl.select(APP_USER.ID).from(APP_USER).limit(1).forUpdate().fetchOptional().isEmpty();
    }

    boolean noAccount() {
        return !dsl.fetchExists(APP_USER);
    }

    /** A unit under the parent (none for the top), its code made of its name's initials (changed later by the admin). */
    UnitId unit(UnitId parent, String name, String kind) {
        return dsl.insertInto(UNIT)
                .set(UNIT.PARENT_ID, parent)
                .set(UNIT.CODE, freeCode(initials(name)))
                .set(UNIT.NAME, name)
                .set(UNIT.KIND, kind)
                .returningResult(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    void domainsIfNone() {
        if (dsl.fetchExists(DOMAIN)) {
            return;
        }
        var insert = dsl.insertInto(DOMAIN, DOMAIN.CODE, DOMAIN.NAME, DOMAIN.SORT_ORDER);
        for (int i = 0; i < DOMAINS.size(); i++) {
            insert = insert.values(DOMAINS.get(i)[0], DOMAINS.get(i)[1], i + 1);
        }
        insert.execute();
    }

    /** The administrator, with the password they chose themself: nothing to change at the first sign-in. */
    UserId administrator(UnitId unit, String username, String fullName, String passwordHash) {
        UserId id = dsl.insertInto(APP_USER)
                .set(APP_USER.UNIT_ID, unit)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FULL_NAME, fullName)
                .set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .set(APP_USER.CREATED_AT, LocalDateTime.now(clock))
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE).values(id, Role.ADMIN).execute();
        return id;
    }

    /** "Phường Thượng Thanh" → "PTT"; at most 24 characters, so that a number can follow. */
    static String initials(String name) {
        StringBuilder code = new StringBuilder();
        for (String word : SearchText.fold(name).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && code.length() < 24) {
                code.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
            }
        }
        String text = code.toString().toUpperCase(Locale.ROOT);
        return text.isEmpty() ? "DV" : text.substring(0, Math.min(text.length(), 24));
    }

    private String freeCode(String base) {
        String code = base;
        for (int n = 2; dsl.fetchExists(UNIT, UNIT.CODE.eq(code)); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
