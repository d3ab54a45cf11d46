// Package exporttest holds what the tests of several export packages share:
// the example issues, a .docx unzipped into a tree, a .docx made of given
// parts, poppler's tools, the CPU time of the process for benchmarks and the
// benchmark archive. Tests only; no program imports it.
package exporttest
