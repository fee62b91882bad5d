"""Timeline scale: time to first screen, key-to-repaint latency and memory at 100k and 1M events.

    python bench/tui.py [--sizes 100000 1000000] [--keys 200]

Builds synthetic databases straight into the store (cached under /tmp), drives
the app headless with Pilot, and prints the figures. The baseline, measured in
the same run, is Textual's stock DataTable filled with the same rows (10k, as
it is too slow at 100k to wait for).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from dateline.store import open_store
from dateline.store.timeline import bulk_insert_synthetic
from dateline.tui.app import DatelineApp

CACHE = Path("/tmp/dateline-bench")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def database(n: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"events-{n}.db"
    if not path.exists():
        t = time.perf_counter()
        with open_store(path) as store:
            bulk_insert_synthetic(store, n)
        print(f"  built {path} in {time.perf_counter() - t:.1f}s")
    return path


def instrument(app: DatelineApp) -> dict[str, float]:
    """Record when the timeline last painted the cursor's row: that is the repaint a person sees."""
    from dateline.tui.timeline import TimelineView

    seen = {"painted": 0.0}
    original = TimelineView.render_line

    def render_line(self: TimelineView, y: int):  # type: ignore[no-untyped-def]
        strip = original(self, y)
        if self.scroll_offset.y + y == self.cursor:
            seen["painted"] = time.perf_counter()
        return strip

    TimelineView.render_line = render_line  # type: ignore[method-assign]
    return seen


async def repaint_ms(pilot, seen: dict[str, float], key: str) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    await pilot.press(key)
    while seen["painted"] < start:
        await asyncio.sleep(0.0005)
        if time.perf_counter() - start > 5:
            break
    return (seen["painted"] - start) * 1000


async def measure(path: Path, keys: int) -> dict[str, float]:
    app = DatelineApp(str(path))
    seen = instrument(app)
    t = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - t
        latencies = []
        sequence = ["j", "k", "J", "pagedown", "K", "pageup", "right_square_bracket", "left_square_bracket"]
        for i in range(keys):
            latencies.append(await repaint_ms(pilot, seen, sequence[i % len(sequence)]))
            await pilot.pause()
        idle = []
        for _ in range(30):  # the Pilot's own cost: a key bound to nothing, same pause
            start = time.perf_counter()
            await pilot.press("z")
            await pilot.pause()
            idle.append((time.perf_counter() - start) * 1000)
        jump_end = await repaint_ms(pilot, seen, "G")
        await app.workers.wait_for_complete()
        latencies.sort()
        return {"first_screen_s": first, "idle_ms": statistics.median(idle), "p50_ms": statistics.median(latencies),
                "p95_ms": latencies[int(len(latencies) * 0.95) - 1], "jump_to_end_ms": jump_end, "rss_mb": rss_mb()}


async def datatable_baseline(rows: int) -> float:
    from textual.app import App
    from textual.widgets import DataTable

    class Table(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield DataTable()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("date", "type", "location", "killed")
            table.add_rows([(f"2025-01-{i % 28 + 1:02d}", "Battles", "Bannu", str(i % 30)) for i in range(rows)])

    t = time.perf_counter()
    async with Table().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    print(f"baseline: stock DataTable with 10,000 rows ready in {asyncio.run(datatable_baseline(10_000)):.2f}s")
    for n in args.sizes:
        path = database(n)
        r = asyncio.run(measure(path, args.keys))
        print(f"{n:>9,} events: first screen {r['first_screen_s']:.2f}s, key->cursor repaint p50 {r['p50_ms']:.1f} ms "
              f"p95 {r['p95_ms']:.1f} ms (Pilot press+pause round trip, unbound key: {r['idle_ms']:.1f} ms), "
              f"jump to end {r['jump_to_end_ms']:.0f} ms, RSS {r['rss_mb']:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
