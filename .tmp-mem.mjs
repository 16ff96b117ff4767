const mb = (v) => Math.round(v / 1048576);
const show = (l) => { global.gc?.(); const m = process.memoryUsage(); console.log(l.padEnd(40), "rss", mb(m.rss), "heapUsed", mb(m.heapUsed), "heapTotal", mb(m.heapTotal), "ext", mb(m.external)); };
show("start");
for (const m of process.argv.slice(2)) { await import(m); show(m); }
