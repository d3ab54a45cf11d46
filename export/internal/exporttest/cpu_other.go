//go:build !unix

package exporttest

// processCPU is not measured here; the benchmarks report 0.
func ProcessCPU() float64 { return 0 }
