# Helpers for deploy/smoke-test (and a failover test): sign-ins through nginx with curl, reads on one database node.
# Sourced, not run. Needs DEPLOY set to this folder.
CLUSTER="$DEPLOY/cluster"
BASE="${BASE:-http://127.0.0.1:${NGINX_PORT:-8400}}"
DEMO_USER="${DEMO_USER:-chutich}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo@2020}"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v t0="$1" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.1f", t1 - t0 }'; }

sql_on() { "$CLUSTER" sql "$1" "$2"; }

# A causal read on node N: sees every write the cluster acknowledged before it.
audit_rows() { sql_on "$1" "SET SESSION wsrep_sync_wait=1; SELECT COUNT(*) FROM petitionboard.audit_log"; }

# sign_in COOKIE_JAR [APP]: the login form's GET and POST through nginx, as a browser sends them (the page's CSRF
# token, the session cookie). With APP (1 or 2) the jar starts with a stale session id of that node, so nginx's map
# sends the sign-in there; without, nginx picks. Prints the node that holds the new session (app1/app2); fails when
# the form is refused (a redirect back to /login) or not answered, printing the answer's status and redirect on
# stderr.
sign_in() {
    local jar=$1 app=${2:-} page csrf code location
    if [ -n "$app" ]; then
        printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tJSESSIONID\tSTALE.app%s\n' "$app" >"$jar"
    fi
    page=$(curl -s --max-time 30 -b "$jar" -c "$jar" "$BASE/login") || return 1
    csrf=$(sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' <<<"$page")
    [ -n "$csrf" ] || return 1
    read -r code location < <(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}\n' -b "$jar" -c "$jar" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "username=$DEMO_USER" \
        --data-urlencode "password=$DEMO_PASSWORD" "$BASE/login")
    # Signed in: the redirect to the page asked for (the board). A redirect back to the login page is a refusal:
    # ?error (password), ?locked=, ?unavailable (the database could not be asked), or a plain /login.
    if [ "$code" != 302 ] || [[ "$location" == */login* ]]; then
        SIGN_IN_REFUSAL="$code ${location#"$BASE"}"
        echo "$SIGN_IN_REFUSAL" >&2
        return 1
    fi
    awk -F'\t' '$6 == "JSESSIONID" { sub(/.*\./, "", $7); print $7 }' "$jar"
}

# Fails unless the app's tables have the same row counts and checksums on all three nodes.
same_on_all_nodes() {
    local a b c
    a=$("$CLUSTER" checksums 1) b=$("$CLUSTER" checksums 2) c=$("$CLUSTER" checksums 3)
    [ "$a" = "$b" ] && [ "$a" = "$c" ] || {
        diff <(echo "$a") <(echo "$b") >&2 || true
        diff <(echo "$a") <(echo "$c") >&2 || true
        fail "the nodes differ ($1)"
    }
}

# row_hashes N TABLE: each row's id and the MD5 of all its columns, by id.
row_hashes() {
    local n=$1 table=$2 columns
    columns=$(sql_on "$n" "SELECT GROUP_CONCAT(CONCAT('IFNULL(\`', column_name, '\`, ''<null>'')')
        ORDER BY ordinal_position SEPARATOR ', ') FROM information_schema.columns
        WHERE table_schema = 'petitionboard' AND table_name = '$table'")
    sql_on "$n" "SET SESSION wsrep_sync_wait=1; SELECT id, MD5(CONCAT_WS('|', $columns)) FROM petitionboard.\`$table\` ORDER BY id"
}
