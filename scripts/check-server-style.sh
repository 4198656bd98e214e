#!/usr/bin/env bash
# The ctest `server_style` (issue 17 item 4, decisions K60-K63): the server keeps one transaction helper and one
# handler shape.
# - Transactions: only inTransaction() (server/db/repository.*) begins, commits or rolls back. No
#   .transaction()/.commit()/.rollback() call and no BEGIN/COMMIT/ROLLBACK/SAVEPOINT statement elsewhere in server/,
#   except the named exceptions:
#     server/db/repository.*     the helper itself (inTransaction, TransactionScope)
#     server/db/database.cpp     the migrations: they run on the bare connection before any Repository exists and
#                                report a failed step as a value (Database::open's message), each in its own
#                                transaction
#     server/scale/              the --scale bulk seeder: raw sqlite3 statements in batches of its own (F-decisions;
#                                another area owns it)
#   The hub's group commit (messaging/hubcommit.cpp, hubframes.cpp) goes through inTransaction() too.
# - Handlers: a route handler is a named function `Response name(const Context &, Request &)` registered with
#   route(R::id, ctx, name) (core/handler.h) or served by crudRoutes() (core/crud.h). A lambda with a body of its
#   own in a route list is the old shape: only the exceptions listed below keep some, for the reason given.
# Usage: scripts/check-server-style.sh [repository root]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root" || exit 2
fail=0

code() { # server C++ without the exceptions' folders, comment lines dropped
  grep -rnE --include='*.cpp' --include='*.h' "$1" server 2>/dev/null | grep -v '^server/scale/' |
    grep -vE '^[^:]+:[0-9]+:\s*//'
}

hits=$(code '\.(transaction|commit|rollback)\(\)' | grep -vE '^server/db/(repository\.(h|cpp)|database\.cpp):')
if [ -n "$hits" ]; then
  echo "a transaction opened, committed or rolled back by hand (use inTransaction(repo, fn), db/repository.h, K60):"
  sed 's/^/  /' <<<"$hits"
  fail=1
fi
hits=$(code '"\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b' | grep -vE '^server/db/(repository\.(h|cpp)|database\.cpp):')
if [ -n "$hits" ]; then
  echo "a transaction statement in SQL (use inTransaction(repo, fn), db/repository.h, K60):"
  sed 's/^/  /' <<<"$hits"
  fail=1
fi

# Inline handler bodies allowed per file (K61), each for a reason; everything not listed: 0. They hold state that is
# not the Context (a route's own secret, the server's options, a refresh flag) or speak another wire format.
declare -A allowed=(
  [server/server.cpp]=2                  # serverExtensions, instanceProof: the Server's options, not a module's
  [server/agenthub/agenthub.cpp]=2       # the tool catalog routes refresh it once from the whole route table
  [server/payments/paymentflowroutes.cpp]=1 # callbackEnrollmentPayment: the webhook secret
  [server/payments/striperoutes.cpp]=6   # the Stripe simulator: Stripe's wire format and errors (stripeHandler), the
                                         # payment scheduler and webhook (C10)
)
while read -r count file; do
  [ -z "$file" ] && continue
  max=${allowed[$file]:-0}
  if [ "$count" -gt "$max" ]; then
    echo "$file: $count route handlers written inline (at most $max): make each a named function"
    echo "  Response name(const Context &, Request &) registered with route(R::id, ctx, name) (core/handler.h, K61)"
    fail=1
  fi
done < <(code '\]\(Request &(req)?\)( mutable)? \{\s*$' | cut -d: -f1 | sort | uniq -c)

[ $fail -eq 0 ] && echo "server style: one transaction helper, one handler shape"
exit $fail
