"""Print the CPU time one rendered article page costs in-process, without a server or wrk.

A quick look between `make bench` runs, on a data set built by bench/dataset.py:

    export DATABASE_URL=sqlite:////tmp/prof.sqlite3 DJANGO_SETTINGS_MODULE=bench.settings BENCH_STATIC_ROOT=/tmp/st \
        DJANGO_SECRET_KEY=any-long-value DJANGO_ALLOWED_HOSTS=127.0.0.1,testserver CACHE_URL=locmemcache:// \
        DJANGO_SITE_URL=http://127.0.0.1:8000
    python bench/dataset.py build && python manage.py collectstatic --noinput
    python bench/cpu_per_page.py [--requests 40] [--profile]

It times the 1,000-comment article's first comment page for an anonymous reader (skipping the page cache, as the
`article_uncached` target does) and for the signed-in bench reader, with time.process_time, median of the requests
after a warm-up. --profile prints the top functions of the anonymous page (cProfile, cumulative time).
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")


def _cpu_ms(client, url, n):
    for _ in range(3):
        assert client.get(url, secure=True).status_code == 200
    times = []
    for _ in range(n):
        start = time.process_time()
        response = client.get(url, secure=True)
        times.append((time.process_time() - start) * 1000)
        assert response.status_code == 200
    return statistics.median(times), min(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--slug", default="", help="another article than the 1,000-comment one (bench-pictures)")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from bench.dataset import BENCH_USER, BIG_SLUG

    url = f"/articles/{args.slug or BIG_SLUG}/"
    anonymous = Client(HTTP_X_BENCH_NOCACHE="1")
    signed_in = Client()
    signed_in.force_login(get_user_model().objects.get(username=BENCH_USER))
    for name, client in (("anonymous, uncached", anonymous), ("signed in", signed_in)):
        median, best = _cpu_ms(client, url, args.requests)
        print(f"{name:20} {median:6.1f} ms CPU per request (median of {args.requests}, best {best:.1f})")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(10):
            anonymous.get(url, secure=True)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)


if __name__ == "__main__":
    main()
