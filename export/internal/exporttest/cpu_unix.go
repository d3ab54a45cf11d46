//go:build unix

package exporttest

import "syscall"

// processCPU is the CPU time (user and system) this process and the
// commands it ran and waited for have used so far, in seconds: on a machine
// shared with other builds, the figure that does not grow with their load.
func ProcessCPU() float64 {
	total := 0.0
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if syscall.Getrusage(who, &ru) == nil {
			total += float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
		}
	}
	return total
}
