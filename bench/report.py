#!/usr/bin/env python3
"""Report of a bench/run.sh run (stdlib only).

Usage: report.py RAW.jsonl MACHINE.tsv OUT_DIR [INSTRUCTIONS.jsonl]

RAW.jsonl has one line per timed process:
  {"round":R,"workload":W,"impl":"base"|"rsockets"|"floor","count":N,"result":{...}}
where result is the workload's own line: {"seconds":S,"rss_kb":K,...}, {"missing":"fn"} or
{"error":"..."}. INSTRUCTIONS.jsonl, if given, has {"workload":W,"impl":I,"per_op":N}: user-space
instructions per operation measured with callgrind. Prints the tables and writes
OUT_DIR/latest.md and OUT_DIR/latest.svg, and puts the figures into bench/README.md (between
<!-- figures --> markers) and the main table into the top README (<!-- bench-figures -->).

Ratios are the median of the pairwise ratios (rsockets over the baseline of the same round),
which cancels the drift of a shared machine better than a ratio of medians. Lower is faster.
"""

import json
import statistics
import sys
from html import escape

# workload -> (title, what the baseline is, target ratio or None)
WORKLOADS = {
    "pingpong": ("ping-pong 64 B (write/read)", "C", 1.00),
    "bulk_rw": ("bulk 64 KiB chunks (write/read)", "C", 1.00),
    "bulk_sendrecv": ("bulk 64 KiB chunks (send/recv)", "C", 1.00),
    "connect": ("connect+32 B+close", "C", 1.00),
    "calls_last_error": ("calls: socket_last_error", "C", 1.00),
    "calls_get_option": ("calls: socket_get_option", "C", 1.00),
    "udp": ("UDP sendto/recvfrom 64 B", "C", 1.00),
    "client_request": ("SocketClient request() vs C functions", "C functions", None),
    "client_persistent": ("SocketClient persistent vs reconnecting", "reconnecting", None),
    "create_close": ("socket_create+socket_close", "C", None),
    "tls_persistent": ("TLS persistent request() vs streams", "PHP streams persistent tls://", 1.00),
    "tls_connect": ("TLS connect+handshake+request+close", "PHP streams tls://", 1.00),
    "tls_connect_full": ("TLS connect+full handshake (no resumption)+request+close", "PHP streams tls://", 1.00),
}


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def machine(path):
    info = {}
    try:
        with open(path) as f:
            for line in f:
                k, _, v = line.rstrip("\n").partition("\t")
                info[k] = v
    except OSError:
        pass
    return info


def median(xs):
    return statistics.median(xs) if xs else None


class Workload:
    def __init__(self, name):
        self.name = name
        title, base, target = WORKLOADS.get(name, (name, "C", None))
        self.title, self.base_label, self.target = title, base, target
        self.count = 0
        self.runs = {"base": {}, "rsockets": {}, "floor": {}}  # impl -> round -> result
        self.notes = {}  # impl -> "n/a (missing x)" / "error: ..."
        self.instr = {}  # impl -> user-space instructions per operation

    def add(self, row):
        res = row["result"]
        impl = row["impl"]
        self.count = row["count"]
        if "seconds" in res:
            self.runs[impl][row["round"]] = res
        elif "nofloor" in res:
            pass
        elif "missing" in res:
            self.notes[impl] = f"n/a (missing {res['missing']})"
        else:
            self.notes.setdefault(impl, f"error: {res.get('error', '?')}"[:120])

    def secs(self, impl):
        return median([r["seconds"] for r in self.runs[impl].values()])

    def rss(self, impl):
        return median([r["rss_kb"] for r in self.runs[impl].values()])

    def ratios(self, num, den):
        a, b = self.runs[num], self.runs[den]
        return [a[r]["seconds"] / b[r]["seconds"] for r in a if r in b and b[r]["seconds"] > 0]

    def ratio(self, num, den):
        return median(self.ratios(num, den))

    def spread(self, num, den):
        rs = self.ratios(num, den)
        return "—" if not rs else f"{min(rs):.2f}–{max(rs):.2f}"

    def cell(self, impl, fmt):
        v = self.secs(impl)
        if v is None:
            return self.notes.get(impl, "—")
        return fmt(v)


def fmt_s(v):
    return f"{v:.3f}"


def fmt_ratio(v):
    return "—" if v is None else f"{v:.2f}"


def fmt_mb(kb):
    return "—" if kb is None else f"{kb / 1024:.1f}"


def verdict(w):
    """'ok' when the median meets the target; 'SLOWER' only when every round is above it (the
    per-round range excludes the target); otherwise 'within noise' (the median is above, the range is not)."""
    r = w.ratio("rsockets", "base")
    if w.target is None or r is None:
        return ""
    if r <= w.target:
        return "ok"
    rs = w.ratios("rsockets", "base")
    return "SLOWER" if rs and min(rs) > w.target else "within noise"


def table(ws):
    head = ["workload", "count", "baseline (s)", "rsockets (s)", "floor (s)", "rsockets µs/op",
            "rsockets/baseline", "per-round range", "target", "", "rsockets/floor", "peak RSS baseline (MB)",
            "peak RSS rsockets (MB)"]
    rows = []
    for w in ws:
        rs = w.secs("rsockets")
        rows.append([
            w.title + ("" if w.base_label == "C" else f" [baseline: {w.base_label}]"),
            f"{w.count:,}",
            w.cell("base", fmt_s),
            w.cell("rsockets", fmt_s),
            w.cell("floor", fmt_s),
            "—" if rs is None or not w.count else f"{rs / w.count * 1e6:.2f}",
            fmt_ratio(w.ratio("rsockets", "base")),
            w.spread("rsockets", "base"),
            "—" if w.target is None else f"≤ {w.target:.2f}",
            verdict(w),
            fmt_ratio(w.ratio("rsockets", "floor")),
            fmt_mb(w.rss("base")),
            fmt_mb(w.rss("rsockets")),
        ])
    return head, rows


def instr_rows(ws):
    out = []
    for w in ws:
        b, r = w.instr.get("base"), w.instr.get("rsockets")
        if b is None and r is None:
            continue
        out.append([w.title + ("" if w.base_label == "C" else f" [baseline: {w.base_label}]"),
                    "—" if b is None else f"{b:,}", "—" if r is None else f"{r:,}",
                    "—" if not b or r is None else f"{r / b:.3f}",
                    "—" if b is None or r is None else f"{r - b:+,}"])
    return ["workload", "baseline instr/op", "rsockets instr/op", "rsockets/baseline",
            "difference"], out


def memory_rows(ws):
    out = []
    for w in ws:
        if w.name != "create_close":
            continue
        for impl, label in (("base", "C extension"), ("rsockets", "rsockets")):
            runs = list(w.runs[impl].values())
            if not runs:
                out.append([label, w.notes.get(impl, "—"), "", "", ""])
                continue
            before = median([r["rss_before_kb"] for r in runs])
            after = median([r["rss_after_kb"] for r in runs])
            zend = median([r.get("zend_mem_growth", 0) for r in runs])
            out.append([label, f"{w.count:,}", f"{before:,.0f}", f"{after:,.0f}",
                        f"{after - before:+,.0f} kB RSS, {zend:+,.0f} B Zend heap"])
    return ["extension", "cycles", "RSS before (kB)", "RSS after (kB)", "growth"], out


def text_table(head, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    line = lambda r: "  ".join(str(c).ljust(wd) for c, wd in zip(r, widths)).rstrip()
    return "\n".join([line(head), line(["-" * wd for wd in widths])] + [line(r) for r in rows])


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(out)


def svg(ws, info):
    """Horizontal bars of rsockets/baseline per workload, with the 1.00 line."""
    bars = [(w.title, w.ratio("rsockets", "base"), w.target, w.base_label, w.ratios("rsockets", "base"),
             w.instr.get("rsockets") / w.instr["base"] if w.instr.get("base") and w.instr.get("rsockets") else None)
            for w in ws]
    bars = [b for b in bars if b[1] is not None]
    label_w, bar_w, row_h, top = 330, 420, 28, 50
    height = top + row_h * max(len(bars), 1) + 64
    width = label_w + bar_w + 70
    scale_max = max([1.2] + [max(rs) * 1.05 for *_, rs, _ in bars])
    x = lambda v: label_w + v / scale_max * bar_w
    p = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="white"/>',
         f'<text x="10" y="20" font-size="14" font-weight="bold">rsockets / baseline '
         f'(median of pairwise ratios; lower is faster)</text>',
         f'<text x="10" y="38" fill="#555">{escape(info.get("cpu", "?"))}, '
         f'{escape(info.get("nproc", "?"))} CPUs, {escape(info.get("kernel", "?"))}, '
         f'PHP {escape(info.get("php", "?"))}</text>']
    for i, (title, r, target, base, rs, instr) in enumerate(bars):
        y = top + i * row_h
        colour = "#888" if target is None else ("#c62828" if min(rs) > target else "#2e7d32")
        label = title if base == "C" else f"{title} [{base}]"
        p.append(f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end">{escape(label)}</text>')
        p.append(f'<rect x="{label_w}" y="{y + 3}" width="{x(r) - label_w:.1f}" height="{row_h - 12}" '
                 f'fill="{colour}"/>')
        # The per-round range as a whisker.
        ym = y + 3 + (row_h - 12) / 2
        p.append(f'<line x1="{x(min(rs)):.1f}" y1="{ym:.1f}" x2="{x(max(rs)):.1f}" y2="{ym:.1f}" '
                 f'stroke="#222" stroke-width="1"/>')
        if instr is not None:
            p.append(f'<rect x="{label_w}" y="{y + row_h - 8}" width="{x(instr) - label_w:.1f}" '
                     f'height="4" fill="#1565c0"/>')
        p.append(f'<text x="{x(max(r, max(rs))) + 4:.1f}" y="{y + 14}">{r:.2f}'
                 + (f' <tspan fill="#1565c0">({instr:.3f})</tspan>' if instr is not None else "")
                 + '</text>')
    y0, y1 = top - 4, top + row_h * len(bars) + 4
    for v, dash, name in ((1.00, "", "1.00"),):
        p.append(f'<line x1="{x(v):.1f}" y1="{y0}" x2="{x(v):.1f}" y2="{y1}" stroke="black" '
                 f'stroke-width="1"{f" stroke-dasharray={chr(34)}{dash}{chr(34)}" if dash else ""}/>')
        p.append(f'<text x="{x(v):.1f}" y="{y1 + 14}" text-anchor="middle">{name}</text>')
    p.append(f'<text x="10" y="{height - 22}" fill="#555">Bars: time ratio (green: meets its target or its '
             f'range includes it; red: every round above it; grey: no target); whisker: range over the rounds.</text>')
    p.append(f'<text x="10" y="{height - 8}" fill="#1565c0">Thin blue bar and (figure): user-space '
             f'instructions per operation, rsockets/baseline (callgrind). {escape(info.get("date", ""))}</text>')
    p.append("</svg>")
    return "\n".join(p) + "\n"


def update_readme(path, figures, marker="figures"):
    """Replaces what lies between <!-- MARKER --> and <!-- /MARKER --> in a README."""
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return
    a, b = text.find(start), text.find(end)
    if a < 0 or b < a:
        return
    with open(path, "w") as f:
        f.write(text[: a + len(start)] + "\n" + figures.strip() + "\n" + text[b:])


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: report.py RAW.jsonl MACHINE.tsv OUT_DIR [INSTRUCTIONS.jsonl]")
    raw, mach, out = sys.argv[1:4]
    info = machine(mach)
    ws = {}
    for row in load(raw):
        ws.setdefault(row["workload"], Workload(row["workload"])).add(row)
    if len(sys.argv) == 5:
        try:
            for row in load(sys.argv[4]):
                if row["workload"] in ws:
                    ws[row["workload"]].instr[row["impl"]] = row["per_op"]
        except OSError:
            pass
    order = [n for n in WORKLOADS if n in ws] + [n for n in ws if n not in WORKLOADS]
    ws = [ws[n] for n in order]

    head, rows = table(ws)
    mhead, mrows = memory_rows(ws)
    ihead, irows = instr_rows(ws)
    desc = (f"{info.get('cpu', '?')}, nproc {info.get('nproc', '?')}, {info.get('kernel', '?')}, "
            f"PHP {info.get('php', '?')}; pinned: {info.get('pinned', '?')}; "
            f"{info.get('rounds', '?')} rounds after a warm-up"
            f"{', QUICK (1/10 counts)' if info.get('quick') == '1' else ''}; {info.get('date', '')}"
            f"{'; only ' + info['only'] + ' measured then, the other rows on ' + info.get('others', '?') if info.get('only') else ''}")

    print()
    print(text_table(head, rows))
    if irows:
        print()
        print(text_table(ihead, irows))
    if mrows:
        print()
        print(text_table(mhead, mrows))
    print()
    print("machine:", desc)

    md = [
        "# Latest benchmark figures",
        "",
        f"Machine: {desc}.",
        "",
        "Times are medians over the rounds; ratios are medians of the per-round ratios "
        "(lower is faster). The baseline is PHP's C extension (`-d extension=sockets`) unless "
        "named; the floor is `bench/floor`, the same workload with bare syscalls.",
        "",
        md_table(head, rows),
        "",
        "![rsockets / baseline](latest.svg)",
        "",
    ]
    if irows:
        md += ["User-space instructions per operation (callgrind; (Ir(3N) - Ir(N)) / 2N, so PHP's "
               "start-up cancels out; kernel time is not counted). Unlike the timings, these are "
               "exact, so they show what each extension adds to an operation even on a busy "
               "machine.", "", md_table(ihead, irows), ""]
    if mrows:
        md += ["Memory: socket_create + socket_close cycles; RSS after a warm-up of 10,000 "
               "cycles and at the end.", "", md_table(mhead, mrows), ""]
    with open(f"{out}/latest.md", "w") as f:
        f.write("\n".join(md))
    update_readme(f"{out}/../README.md", "\n".join(md[2:]).replace("](latest.svg)", "](results/latest.svg)"))
    summary = [f"Measured on {desc}.", "", md_table(head, rows), "",
               "![rsockets / baseline](bench/results/latest.svg)"]
    update_readme(f"{out}/../../README.md", "\n".join(summary), "bench-figures")
    with open(f"{out}/latest.svg", "w") as f:
        f.write(svg(ws, info))
    print(f"wrote {out}/latest.md, {out}/latest.svg")


if __name__ == "__main__":
    main()
