package cli

import "testing"

func TestMemTotal(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"MemTotal:       24554212 kB\nMemFree:        23000000 kB\n", 24554212 << 10},
		{"MemFree: 1 kB\nMemTotal: 2048 kB", 2048 << 10},
		{"MemTotal: lots kB\n", 0},
		{"MemTotal: -5 kB\n", 0},
		{"", 0},
	} {
		if got := memTotal(tc.in); got != tc.want {
			t.Errorf("memTotal(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestMemoryLimit(t *testing.T) {
	if got := MemoryLimit(func(k string) string {
		if k == "GOMEMLIMIT" {
			return "1GiB"
		}
		return ""
	}); got != 0 {
		t.Errorf("MemoryLimit with GOMEMLIMIT set = %d, want 0 (leave the runtime's)", got)
	}
	if got := MemoryLimit(func(string) string { return "" }); got <= 0 || got > maxMemoryLimit {
		t.Errorf("MemoryLimit() = %d, want a limit in (0, %d]", got, maxMemoryLimit)
	}
}
