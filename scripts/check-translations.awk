# Reads a Qt .ts file (RS = "</message>") and prints one line per problem:
#   <kind>\t<context>\t<source>
# kinds: unfinished (new or untranslated), empty, obsolete (no longer in the sources: type vanished or
# obsolete), missing-form (a numerus message with fewer forms than the language needs, or an empty one),
# placeholders (%1..%9 differ from the source; for non-numerus messages %n too).
# -v forms=<n>: the number of plural forms of the file's language.
function between(s, a, b,    i, j) {
    i = index(s, a); if (!i) return ""
    s = substr(s, i + length(a)); j = index(s, b); if (!j) return ""
    return substr(s, 1, j - 1)
}
function decode(s) {
    gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "'", s)
    gsub(/&#xa0;/, " ", s); gsub(/&amp;/, "\\&", s); gsub(/\n/, "\\n", s)
    return s
}
function marks(s, withN,    d, c, out, t) {
    out = ""
    for (d = 1; d <= 9; d++) { t = s; c = gsub("%" d, "", t); out = out c }
    if (withN) { t = s; c = gsub(/%n/, "", t); out = out "n" c }
    return out
}
function report(kind) { printf "%s\t%s\t%s\n", kind, ctx, decode(src); bad = 1 }
BEGIN { RS = "</message>" }
{
    rec = $0
    if (index(rec, "<name>")) ctx = between(substr(rec, 1, index(rec, "<message") ? index(rec, "<message") : length(rec)), "<name>", "</name>")
    i = index(rec, "<message"); if (!i) next
    rec = substr(rec, i)
    numerus = (rec ~ /^<message[^>]*numerus="yes"/)
    src = between(rec, "<source>", "</source>")
    t = substr(rec, index(rec, "<translation"))
    head = substr(t, 1, index(t, ">"))
    if (head ~ /type="(vanished|obsolete)"/) { report("obsolete"); next }
    if (head ~ /type="unfinished"/) { report("unfinished"); next }
    if (head ~ /\/>$/) { report("empty"); next }
    body = between(t, head, "</translation>")
    if (!numerus) {
        if (body == "") { report("empty"); next }
        if (marks(decode(src), 1) != marks(decode(body), 1)) report("placeholders")
        next
    }
    n = 0; okforms = 1; rest = body
    while ((k = index(rest, "<numerusform>")) > 0) {
        rest = substr(rest, k + 13)
        f = substr(rest, 1, index(rest, "</numerusform>") - 1)
        n++
        if (f == "") okforms = 0
        else if (marks(decode(src), 0) != marks(decode(f), 0)) { report("placeholders"); next }
    }
    if (!okforms || n < forms) report("missing-form")
}
