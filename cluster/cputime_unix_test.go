//go:build unix

package cluster

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time this process has used, user and system,
// so that benchmarks can report cost apart from waiting for a busy CPU.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
