package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who each virtual user is and which cards it moves, for the generated data (BenchmarkData): users are dealt to the
 * generated wards in turn (gt, nl, bd by default), whose open petitions are alike, 4,000 each: 15 % RECEIVED, 20 % ASSIGNED, 35 % IN_PROGRESS, 10 % ESCALATED, 20 % ANSWERED, each domain's
 * department fixed (XDD → office, DD → land (¾) or justice (¼), TTDT and MT → infrastructure, GPMB → land, ANTT →
 * police, VHXH → culture).
 *
 * <p>Roles, interleaved so any N gets the same mix: 10 % leaders (the chair and the Party secretary, taking turns)
 * assign RECEIVED cards to the domain's department, or record the higher level's reply on an ESCALATED card when none
 * is left; 35 % the Front returns ANSWERED cards to the department (back to IN_PROGRESS); 55 % officers start ASSIGNED
 * cards and answer IN_PROGRESS ones, by turns. Officers' answers and the Front's returns make a loop that never runs
 * dry; the START and ASSIGN supplies last a 5-minute run at 200 users, after which officers only answer.
 *
 * <p>Each user opens the board filtered on one domain (?domain=CODE), which splits the cards into views; the users
 * sharing a view (a "pool") split its cards by a hash of the petition id modulo the pool's size, so no two users ever
 * reach for the same card. Domains and officer views are handed out in proportion to their cards. A ward has only
 * ten accounts and shows 30 cards a column: 200 users in one ward share pools of up to 22 users, who then find none
 * of their cards on the first page a quarter of the time (a simulation on the generated ids); dealt over the three
 * wards, about 4 % of the moves need the column's "load more" first and almost none a reload.
 */
final class LoadPlan {

    enum Role {
        LEADER, FRONT, OFFICER,
        /**
         * A leader on the demo data of the cluster's failover test (deploy/failover-test): answers IN_PROGRESS
         * cards and sends ANSWERED ones back to their department, by turns, so the same cards go round for as long
         * as the run lasts.
         */
        ROUND_TRIP
    }

    /** A drag from one column to another, and the step the dialog that opens should be for. */
    record Move(String from, String to, String transition) {
    }

    /** One virtual user: account, board filter, the pool it shares and its slot there, and its moves by preference. */
    record User(int index, Role role, String username, String domain, String pool, int slot, int poolSize) {

        /** The moves to try on this tick, best first: officers alternate between starting and answering. */
        List<Move> moves(int tick) {
            return switch (role) {
                case LEADER -> List.of(ASSIGN, RECORD_REPLY);
                case FRONT -> List.of(RETURN);
                case OFFICER -> tick % 2 == 0 ? List.of(START, ANSWER) : List.of(ANSWER, START);
                case ROUND_TRIP -> tick % 2 == 0 ? List.of(ANSWER, SEND_BACK) : List.of(SEND_BACK, ANSWER);
            };
        }

        /**
         * Whether this card is this user's to move. By a hash of the id, not the id itself: the generated ids of one
         * domain and state step by multiples of 3 and 7, so id modulo 21 or 22 put a column's cards in 1 to 4 of
         * the users' shares and left the others idle.
         */
        boolean owns(long petitionId) {
            return Math.floorMod(mix(petitionId), poolSize) == slot;
        }
    }

    /** SplitMix64's finaliser: every bit of the id moves every bit of the result. */
    static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static final Move ASSIGN = new Move("RECEIVED", "ASSIGNED", "ASSIGN");
    static final Move RECORD_REPLY = new Move("ESCALATED", "ANSWERED", "RECORD_REPLY");
    static final Move RETURN = new Move("ANSWERED", "IN_PROGRESS", "RETURN");
    static final Move START = new Move("ASSIGNED", "IN_PROGRESS", "START");
    static final Move ANSWER = new Move("IN_PROGRESS", "ANSWERED", "ANSWER");
    static final Move SEND_BACK = new Move("ANSWERED", "IN_PROGRESS", "SEND_BACK");

    /** The department a leader gives a domain's petitions to, as the generator does (by the select's label). */
    static final Map<String, String> DEPARTMENT_OF_DOMAIN = Map.of("XDD", "Văn phòng HĐND – UBND",
            "DD", "Địa chính – Xây dựng", "TTDT", "Kinh tế – Hạ tầng – Đô thị", "MT", "Kinh tế – Hạ tầng – Đô thị",
            "GPMB", "Địa chính – Xây dựng", "ANTT", "Công an phường", "VHXH", "Văn hóa – Xã hội");

    private static final List<Weighted<Role>> ROLES = List.of(new Weighted<>(Role.LEADER, 2),
            new Weighted<>(Role.FRONT, 7), new Weighted<>(Role.OFFICER, 11));
    /**
     * The domains with twice the open cards of the others in each generated ward (the generator's domain formula
     * shifts by ward); a ward not listed gets even weights.
     */
    private static final Map<String, Set<String>> DOUBLED_DOMAINS = Map.of("gt", Set.of("XDD", "DD", "MT", "ANTT"),
            "nl", Set.of("DD", "GPMB", "TTDT", "VHXH"), "bd", Set.of("ANTT", "MT", "TTDT", "XDD"));
    private static final List<String> DOMAIN_CODES = List.of("XDD", "DD", "MT", "ANTT", "TTDT", "GPMB", "VHXH");
    /** Officer account, domain, and its part of the domain's cards in quarters (DD: land ¾, justice ¼). */
    private static final List<Object[]> OFFICER_VIEWS = List.of(new Object[] {"canbovp", "XDD", 4},
            new Object[] {"canboca", "ANTT", 4}, new Object[] {"canboktht", "MT", 4},
            new Object[] {"diachinh", "DD", 3}, new Object[] {"canboktht", "TTDT", 4},
            new Object[] {"diachinh", "GPMB", 4}, new Object[] {"canbovhxh", "VHXH", 4},
            new Object[] {"canbotpht", "DD", 1});

    /** Domains weighted by their open cards in the ward. */
    private static List<Weighted<String>> domains(String ward) {
        Set<String> doubled = DOUBLED_DOMAINS.getOrDefault(ward, Set.of());
        return DOMAIN_CODES.stream().map(d -> new Weighted<>(d, doubled.contains(d) ? 2 : 1)).toList();
    }

    /** Officer views (account, domain) weighted by their ASSIGNED + IN_PROGRESS cards in the ward. */
    private static List<Weighted<String[]>> officerViews(String ward) {
        Set<String> doubled = DOUBLED_DOMAINS.getOrDefault(ward, Set.of());
        return OFFICER_VIEWS.stream().map(v -> new Weighted<>(new String[] {(String) v[0], (String) v[1]},
                (int) v[2] * (doubled.contains((String) v[1]) ? 2 : 1))).toList();
    }

    private record Weighted<T>(T value, int weight) {
    }

    private LoadPlan() {
    }

    /**
     * The users of a run of n, dealt to the wards in turn (user i to ward i mod the number of wards), each ward's
     * share planned alone: its accounts start with the ward's prefix (e.g. "gt"), its pools are its own.
     */
    static List<User> users(int n, List<String> wards) {
        List<User> users = new ArrayList<>();
        for (int w = 0; w < wards.size(); w++) {
            int share = (n - w + wards.size() - 1) / wards.size();
            for (User u : ward(share, wards.get(w))) {
                users.add(new User(u.index() * wards.size() + w, u.role(), u.username(), u.domain(), u.pool(),
                        u.slot(), u.poolSize()));
            }
        }
        users.sort(Comparator.comparingInt(User::index));
        return users;
    }

    private static List<User> ward(int n, String prefix) {
        List<Role> roles = spread(ROLES, n);
        List<Weighted<String>> domains = domains(prefix);
        List<Weighted<String[]>> officerViews = officerViews(prefix);
        Map<Role, Integer> seen = new HashMap<>();
        List<String[]> draft = new ArrayList<>(); // username, domain, pool
        for (int i = 0; i < n; i++) {
            Role role = roles.get(i);
            int k = seen.merge(role, 1, Integer::sum) - 1;
            draft.add(switch (role) {
                case LEADER -> {
                    String domain = spread(domains, k + 1).get(k);
                    yield new String[] {prefix + (k % 2 == 0 ? ".chutich" : ".bithu"), domain,
                        prefix + ":leaders/" + domain};
                }
                case FRONT -> {
                    String domain = spread(domains, k + 1).get(k);
                    yield new String[] {prefix + ".mattran", domain, prefix + ":front/" + domain};
                }
                case OFFICER -> {
                    String[] view = spread(officerViews, k + 1).get(k);
                    yield new String[] {prefix + "." + view[0], view[1], prefix + ":" + view[0] + "/" + view[1]};
                }
                case ROUND_TRIP -> throw new IllegalStateException("the failover test's role, not dealt here");
            });
        }
        Map<String, Integer> poolSizes = new HashMap<>();
        draft.forEach(d -> poolSizes.merge(d[2], 1, Integer::sum));
        Map<String, Integer> slots = new HashMap<>();
        List<User> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] d = draft.get(i);
            users.add(new User(i, roles.get(i), d[0], d[1], d[2], slots.merge(d[2], 1, Integer::sum) - 1,
                    poolSizes.get(d[2])));
        }
        return users;
    }

    /** The first n picks of a smooth weighted round robin: every prefix is as close to the weights as it can be. */
    private static <T> List<T> spread(List<Weighted<T>> items, int n) {
        int total = items.stream().mapToInt(Weighted::weight).sum();
        int[] current = new int[items.size()];
        List<T> picks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 0; j < items.size(); j++) {
                current[j] += items.get(j).weight();
                if (current[j] > current[best]) {
                    best = j;
                }
            }
            current[best] -= total;
            picks.add(items.get(best).value());
        }
        return picks;
    }
}
