#!/bin/sh
# scale.sh runs the scale benchmark of docs/performance.md: for each size
# N given (default 10000 100000), it writes a synthetic corpus of N
# perturbed real articles with cmd/gencorpus into a temporary directory,
# then times `warta bench` on it (ingest, dedup and clustering into a
# fresh SQLite store) with 1,000 more articles added afterwards (the
# incremental corpus run), and prints one JSON result per size with the
# load average before and after, since the machine may be shared.
#
#	scripts/scale.sh 10000 100000
#
# Run it from the repository root; ../shared/data must hold
# id-news-rss-2025 and indosum-dev. Corpora are deleted afterwards: the
# texts are the outlets' and never belong in the repository.
set -eu

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/warta" ./cmd/warta
go run ./cmd/gencorpus -n 1000 -seed 7 -prefix add -o "$tmp/add.jsonl"
if [ $# -eq 0 ]; then
	set -- 10000 100000
fi
for size in "$@"; do
	go run ./cmd/gencorpus -n "$size" -o "$tmp/corpus.jsonl"
	echo "size $size, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
	"$tmp/warta" bench --json --add "$tmp/add.jsonl" "$tmp/corpus.jsonl"
	echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
	rm -f "$tmp/corpus.jsonl"
done
