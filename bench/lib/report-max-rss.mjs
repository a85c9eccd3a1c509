// Preloaded with `node --import` by the benchmarks: prints the process's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\n[max-rss-kb] ${process.resourceUsage().maxRSS}\n`);
});
