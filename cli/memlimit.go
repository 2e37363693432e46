package cli

import (
	"os"
	"strconv"
	"strings"
)

// maxMemoryLimit is the most MemoryLimit asks for: a corpus run over a
// million articles keeps its live heap well under it, and the collector
// works harder near it instead of letting the heap double.
const maxMemoryLimit = 3 << 30

// MemoryLimit returns the soft memory limit the warta command sets for
// the Go runtime (runtime/debug.SetMemoryLimit): 3 GiB or three quarters
// of the machine's memory, whichever is less, and 0 (set nothing) when
// the GOMEMLIMIT environment variable, read through getenv, sets one
// already. The limit is soft: a heap that truly needs more gets it, at the
// price of more frequent collections.
func MemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return 0
	}
	limit := int64(maxMemoryLimit)
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if total := memTotal(string(b)); total > 0 {
			limit = min(limit, total/4*3)
		}
	}
	return limit
}

// memTotal returns the MemTotal line of a /proc/meminfo text in bytes, or
// 0 when it has none.
func memTotal(meminfo string) int64 {
	for _, line := range strings.Split(meminfo, "\n") {
		rest, ok := strings.CutPrefix(line, "MemTotal:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
		if err != nil || kb <= 0 {
			return 0
		}
		return kb << 10
	}
	return 0
}
