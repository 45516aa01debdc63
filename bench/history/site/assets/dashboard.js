/*
 * tsdl-bench dashboard: draws one uPlot chart per benchmark card of
 * index.html from the data that data.js puts in globalThis.TSDL_BENCH, and
 * wires the filter bar (name filter, group, metric, log scale).
 *
 * Plain browser JavaScript with no build step and no framework: the site
 * must open from file:// as well as from GitHub Pages. Text from the history
 * (commit messages, names) only ever reaches the page through textContent.
 *
 * Data shape (see SiteData in bench/history/site/publish.ts):
 *   commits[i]     { hash, short, date, message, author, page }
 *   benchmarks[j]  { name, group, anchor, points: [[commit, median, ciLow, ciHigh, mbPerSec|null]],
 *                    peers: [{ tool, median }], steps: [{ commit, before, after, ratio, kind }] }
 *
 * When every chart is drawn, <body> gets data-ready="true"; each card gets
 * data-points (points drawn) and data-unit. window.tsdlDashboard exposes the
 * uPlot instances for tests and for poking around in the console.
 */
(function () {
  "use strict";

  var data = globalThis.TSDL_BENCH;
  var chartsRoot = document.getElementById("charts");

  /** Shows a problem in place of the charts (and in the console). */
  function notice(message) {
    var p = document.createElement("p");
    p.className = "notice error";
    p.textContent = message;
    chartsRoot.insertBefore(p, chartsRoot.firstChild);
    console.warn("tsdl-bench: " + message);
  }

  if (!data || data.version !== 1) {
    notice("data.js is missing or has an unknown format; publish the site again.");
    return;
  }
  if (typeof uPlot !== "function") {
    notice("assets/uPlot.iife.min.js did not load; the charts cannot be drawn.");
    return;
  }

  var commits = data.commits;
  var xs = commits.map(function (_, i) { return i; });

  // ---------------------------------------------------------------- palette

  var css = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) {
    var v = css.getPropertyValue(name).trim();
    return v || fallback;
  }
  var palette = {
    median: cssVar("--accent", "#2563eb"),
    band: cssVar("--band", "rgba(37, 99, 235, 0.13)"),
    bandEdge: cssVar("--band-edge", "rgba(37, 99, 235, 0.28)"),
    grid: cssVar("--grid", "#eef0f3"),
    axis: cssVar("--muted", "#656d76"),
    text: cssVar("--text", "#1f2328"),
    card: cssVar("--card", "#ffffff"),
    regression: cssVar("--bad", "#cf222e"),
    improvement: cssVar("--good", "#1a7f37"),
  };
  /** Peer tools get fixed colours so mlir-opt looks the same on every chart. */
  var peerColors = { "mlir-opt": "#c2410c", "xdsl-opt": "#7c3aed" };
  var spareColors = ["#0e7490", "#be185d", "#4d7c0f", "#a16207"];
  function peerColor(tool) {
    if (!peerColors[tool]) peerColors[tool] = spareColors[Object.keys(peerColors).length % spareColors.length];
    return peerColors[tool];
  }

  var monoFont = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace";
  var sansFont = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

  // ------------------------------------------------------------- formatting

  /** A time in ms, 3 significant digits, seconds from 1000 ms (matches html.ts). */
  function formatMs(ms) {
    if (ms == null || !isFinite(ms)) return "–";
    if (ms >= 1000) return (ms / 1000).toPrecision(3) + " s";
    if (ms >= 100) return ms.toFixed(0) + " ms";
    return ms.toPrecision(3) + " ms";
  }
  function formatMBs(v) {
    if (v == null || !isFinite(v)) return "–";
    return (v >= 100 ? v.toFixed(0) : v.toPrecision(3)) + " MB/s";
  }
  /** Axis tick labels: short, no unit (the unit is in the axis title). */
  function formatTick(v) {
    if (v == null) return "";
    var a = Math.abs(v);
    if (a === 0) return "0";
    if (a >= 10000) return Number((v / 1000).toPrecision(3)) + "k";
    if (a >= 1) return String(Number(v.toPrecision(4)));
    return String(Number(v.toPrecision(2)));
  }
  function formatPercent(ratio) {
    var pct = (ratio - 1) * 100;
    return (pct >= 0 ? "+" : "−") + Math.abs(pct).toFixed(Math.abs(pct) >= 100 ? 0 : 1) + "%";
  }
  function day(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
  }

  // ------------------------------------------------------------------ state

  var state = { query: "", group: "", metric: "time", log: false };
  /** name -> { bench, card, holder, legend, plot, series, width } */
  var charts = new Map();
  var chartHeight = 230;

  // ------------------------------------------------------------ chart data

  /**
   * The arrays one chart draws, aligned with the commits (null where the
   * benchmark has no point). Throughput is bytes / time, so its interval is
   * the time interval mirrored: MB/s * median / ciHigh .. / ciLow.
   */
  function seriesFor(bench, metric) {
    var throughput = metric === "throughput" && bench.points.some(function (p) { return p[4] != null; });
    var n = commits.length;
    var med = new Array(n).fill(null);
    var lo = new Array(n).fill(null);
    var hi = new Array(n).fill(null);
    var factor = null; // MB/s * ms: turns a peer's time into its throughput
    var count = 0;
    bench.points.forEach(function (p) {
      var c = p[0], m = p[1], l = p[2], h = p[3], mbs = p[4];
      if (throughput) {
        if (mbs == null) return;
        factor = mbs * m;
        med[c] = mbs;
        lo[c] = factor / h;
        hi[c] = factor / l;
      } else {
        med[c] = m;
        lo[c] = l;
        hi[c] = h;
      }
      count++;
    });
    var peers = bench.peers.map(function (p) {
      return { tool: p.tool, value: throughput ? (factor ? factor / p.median : null) : p.median };
    }).filter(function (p) { return p.value != null && p.value > 0; });
    return {
      throughput: throughput,
      unit: throughput ? "MB/s" : "ms",
      format: throughput ? formatMBs : formatMs,
      med: med, lo: lo, hi: hi, peers: peers, count: count,
    };
  }

  /**
   * The y range: the data and its intervals, plus the peers that are within
   * a factor of 3 of it (linear scale) so a 20x slower peer does not flatten
   * the series; those farther away are drawn as labels at the edge. On a log
   * scale every peer fits.
   */
  function yRange(s, log) {
    var min = Infinity, max = -Infinity;
    for (var i = 0; i < s.med.length; i++) {
      if (s.lo[i] != null && s.lo[i] < min) min = s.lo[i];
      if (s.hi[i] != null && s.hi[i] > max) max = s.hi[i];
    }
    if (min === Infinity) { min = 0; max = 1; }
    var dataMin = min, dataMax = max;
    s.peers.forEach(function (p) {
      if (log || (p.value <= dataMax * 3 && p.value >= dataMin / 3)) {
        min = Math.min(min, p.value);
        max = Math.max(max, p.value);
      }
    });
    if (log) {
      var lmin = Math.log10(min), lmax = Math.log10(max);
      var lpad = Math.max((lmax - lmin) * 0.08, 0.04);
      return [Math.pow(10, lmin - lpad), Math.pow(10, lmax + lpad)];
    }
    var span = max - min;
    var pad = Math.max(span * 0.1, max * 0.04);
    return [Math.max(0, min - pad), max + pad];
  }

  /** Ticks at multiples of a 1-2-2.5-5 step, about `count` of them between min and max. */
  function niceSplits(min, max, count) {
    var raw = (max - min) / Math.max(count, 1);
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 2.5, 5, 10].map(function (m) { return m * mag; }).find(function (st) { return st >= raw; });
    var out = [];
    for (var v = Math.ceil(min / step) * step; v <= max; v += step) out.push(Number(v.toPrecision(6)));
    return out;
  }

  /**
   * Tick positions of a log axis. uPlot's own put ticks at powers of ten
   * only, which leaves a chart spanning 3.1-3.4 ms with none: below one
   * decade, evenly stepped ticks; above, 1-2-5 per decade, thinned to fit.
   */
  function logSplits(u, axisIdx, min, max) {
    var room = Math.max(2, Math.floor(u.bbox.height / uPlot.pxRatio / 30));
    if (max / min < 10) return niceSplits(min, max, room);
    var splits = [];
    var lo = Math.floor(Math.log10(min)), hi = Math.ceil(Math.log10(max));
    var mults = hi - lo <= 3 ? [1, 2, 5] : [1];
    for (var e = lo; e <= hi; e++) {
      for (var k = 0; k < mults.length; k++) {
        var v = Number((mults[k] * Math.pow(10, e)).toPrecision(3));
        if (v >= min && v <= max) splits.push(v);
      }
    }
    while (splits.length > room) splits = splits.filter(function (_, i) { return i % 2 === 0; });
    return splits;
  }

  // ---------------------------------------------------------- canvas hooks

  /** Step markers: a dotted vertical line at each detected step, under the series. */
  function drawSteps(bench) {
    return function (u) {
      var ctx = u.ctx, r = uPlot.pxRatio;
      ctx.save();
      ctx.lineWidth = 1.5 * r;
      ctx.setLineDash([2 * r, 3 * r]);
      bench.steps.forEach(function (step) {
        var x = Math.round(u.valToPos(step.commit - 0.5, "x", true));
        if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
        ctx.strokeStyle = step.kind === "regression" ? palette.regression : palette.improvement;
        ctx.globalAlpha = 0.55;
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
      });
      ctx.restore();
    };
  }

  /** Text with a halo in the card colour, so labels stay readable over lines. */
  function haloText(ctx, text, x, y, color) {
    ctx.lineWidth = 3 * uPlot.pxRatio;
    ctx.strokeStyle = palette.card;
    ctx.setLineDash([]);
    ctx.strokeText(text, x, y);
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  }

  /** Peer reference lines, dashed, labelled with the tool and its value. */
  function drawPeers(s) {
    return function (u) {
      if (s.peers.length === 0) return;
      var ctx = u.ctx, r = uPlot.pxRatio;
      var left = u.bbox.left, right = u.bbox.left + u.bbox.width;
      var top = u.bbox.top;
      var yMin = u.scales.y.min, yMax = u.scales.y.max;
      ctx.save();
      ctx.font = "600 " + 11 * r + "px " + sansFont;
      ctx.textAlign = "right";
      s.peers.forEach(function (p) {
        // Peers off the scale are named in the legend instead (see fillLegend).
        if (p.value > yMax || p.value < yMin) return;
        var color = peerColor(p.tool);
        var label = p.tool + " " + s.format(p.value);
        var y = Math.round(u.valToPos(p.value, "y", true)) + 0.5;
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5 * r;
        ctx.setLineDash([6 * r, 4 * r]);
        ctx.beginPath();
        ctx.moveTo(left, y);
        ctx.lineTo(right, y);
        ctx.stroke();
        // Label above the line, or below it when the line is near the top.
        var labelAbove = y - top > 18 * r;
        ctx.textBaseline = labelAbove ? "bottom" : "top";
        haloText(ctx, label, right - 4 * r, labelAbove ? y - 3 * r : y + 3 * r, color);
      });
      ctx.restore();
    };
  }

  // --------------------------------------------------------------- tooltip

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** A tooltip that follows the cursor inside the plot: commit, date, message, value and interval. */
  function tooltipPlugin(s) {
    var tip, parts;
    function init(u) {
      tip = el("div", "tooltip");
      tip.hidden = true;
      var head = el("div", "tt-head");
      parts = {
        hash: el("span", "hash"),
        date: el("span", "tt-date"),
        message: el("div", "tt-message"),
        value: el("div", "tt-value"),
        ci: el("span", "tt-ci"),
      };
      head.appendChild(parts.hash);
      head.appendChild(parts.date);
      tip.appendChild(head);
      tip.appendChild(parts.message);
      tip.appendChild(parts.value);
      u.over.appendChild(tip);
      u.over.addEventListener("mouseleave", function () { tip.hidden = true; });
    }
    function setCursor(u) {
      var idx = u.cursor.idx;
      if (idx == null || u.cursor.left < 0) { tip.hidden = true; return; }
      var c = commits[idx];
      parts.hash.textContent = c.short;
      parts.date.textContent = day(c.date) + " · " + c.author;
      parts.message.textContent = c.message;
      parts.value.textContent = "";
      if (s.med[idx] == null) {
        parts.value.appendChild(el("span", "muted", "not measured on this commit"));
      } else {
        parts.value.appendChild(el("strong", null, s.format(s.med[idx])));
        parts.ci.textContent = " 95% CI " + s.format(s.lo[idx]) + " – " + s.format(s.hi[idx]);
        parts.value.appendChild(parts.ci);
      }
      tip.hidden = false;
      // Keep the box inside the plot: flip to the left of the cursor near the right edge.
      var w = u.over.clientWidth, h = u.over.clientHeight;
      var x = u.cursor.left, y = u.cursor.top;
      var tw = tip.offsetWidth, th = tip.offsetHeight;
      tip.style.left = Math.max(0, x + 14 + tw > w ? x - 14 - tw : x + 14) + "px";
      tip.style.top = Math.max(0, Math.min(h - th, y - th / 2)) + "px";
    }
    return { hooks: { init: init, setCursor: setCursor } };
  }

  /** A click (not a drag-to-zoom) on the plot opens the commit under the cursor. */
  function clickPlugin() {
    return {
      hooks: {
        init: function (u) {
          var downX = null;
          u.over.addEventListener("mousedown", function (e) { downX = e.clientX; });
          u.over.addEventListener("click", function (e) {
            if (downX == null || Math.abs(e.clientX - downX) > 3) return;
            var idx = u.cursor.idx;
            if (idx != null && commits[idx]) location.href = commits[idx].page;
          });
        },
      },
    };
  }

  // ----------------------------------------------------------------- charts

  function legendItem(swatchClass, color, text) {
    var item = el("span", "legend-item");
    var sw = el("span", "swatch " + swatchClass);
    sw.style.setProperty("--swatch", color);
    item.appendChild(sw);
    item.appendChild(el("span", null, text));
    return item;
  }

  function fillLegend(chart, s, range) {
    var legend = chart.legend;
    legend.textContent = "";
    legend.appendChild(legendItem("line", palette.median, "median (" + s.unit + ")"));
    legend.appendChild(legendItem("band", palette.band, "95% CI"));
    s.peers.forEach(function (p) {
      var text = p.tool + " " + s.format(p.value);
      var item;
      if (p.value > range[1] || p.value < range[0]) {
        item = legendItem("dash", peerColor(p.tool), (p.value > range[1] ? "▲ " : "▼ ") + text);
        item.title = p.tool + " is off the scale (" + (p.value > range[1] ? "above" : "below") + " the chart)";
        item.classList.add("off-scale");
      } else {
        item = legendItem("dash", peerColor(p.tool), text);
      }
      legend.appendChild(item);
    });
    if (chart.bench.steps.length > 0) legend.appendChild(legendItem("step", palette.axis, "step"));
    if (state.metric === "throughput" && !s.throughput) legend.appendChild(el("span", "legend-note", "no input size: time shown"));
  }

  function makePlot(chart) {
    var bench = chart.bench;
    var s = seriesFor(bench, state.metric);
    chart.series = s;
    var log = state.log;
    var range = yRange(s, log);
    var width = chart.holder.clientWidth || chart.width || 480;
    chart.width = width;
    var axisFont = 11 + "px " + sansFont;
    var opts = {
      width: width,
      height: chartHeight,
      legend: { show: false },
      padding: [10, 12, 0, 0],
      cursor: {
        drag: { x: true, y: false },
        y: false,
        // A hover point on the median only, none on the interval's edges.
        points: { size: function (u, si) { return si === 3 ? 9 : 0; }, width: 2, fill: palette.card },
      },
      scales: {
        x: { time: false, range: function () { return [-0.5, Math.max(commits.length - 0.5, 0.5)]; } },
        y: {
          distr: log ? 3 : 1,
          log: 10,
          range: function () { return range; },
        },
      },
      axes: [
        {
          // Whole pixels: uPlot scales the font size for high-DPI canvases and reads integers only.
          font: "11px " + monoFont,
          size: 30,
          gap: 4,
          stroke: palette.axis,
          grid: { stroke: palette.grid, width: 1 },
          ticks: { stroke: palette.grid, width: 1, size: 4 },
          space: 64,
          incrs: [1, 2, 3, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000],
          values: function (u, splits) {
            return splits.map(function (v) {
              return Number.isInteger(v) && commits[v] ? commits[v].short.slice(0, 7) : "";
            });
          },
        },
        {
          font: axisFont,
          stroke: palette.axis,
          grid: { stroke: palette.grid, width: 1 },
          ticks: { show: false },
          size: 48,
          gap: 6,
          label: s.unit,
          labelSize: 16,
          labelFont: "600 11px " + sansFont,
          values: function (u, splits) { return splits.map(formatTick); },
        },
      ],
      series: [
        { label: "commit" },
        { label: "CI high", stroke: palette.bandEdge, width: 1, spanGaps: true, points: { show: false } },
        { label: "CI low", stroke: palette.bandEdge, width: 1, spanGaps: true, points: { show: false } },
        {
          label: "median",
          stroke: palette.median,
          width: 2,
          spanGaps: true,
          // uPlot shows the points while they are sparse enough to tell apart.
          points: { size: 6, width: 1.5, fill: palette.card, stroke: palette.median },
        },
      ],
      bands: [{ series: [1, 2], fill: palette.band }],
      hooks: { drawAxes: [drawSteps(bench)], draw: [drawPeers(s)] },
      plugins: [tooltipPlugin(s), clickPlugin()],
    };
    // Only on a log scale: uPlot's own linear splits are good.
    if (log) opts.axes[1].splits = logSplits;
    if (chart.plot) chart.plot.destroy();
    chart.plot = new uPlot(opts, [xs, s.hi, s.lo, s.med], chart.holder);
    chart.card.dataset.points = String(s.count);
    chart.card.dataset.unit = s.unit;
    fillLegend(chart, s, range);
    var latest = chart.card.querySelector(".latest");
    for (var i = s.med.length - 1; i >= 0; i--) {
      if (s.med[i] != null) { latest.textContent = s.format(s.med[i]); break; }
    }
  }

  function renderAll() {
    charts.forEach(makePlot);
  }

  // -------------------------------------------------------------- filtering

  /** Substring match (case-insensitive), or a regular expression: `fold.*10k`, `/^e2e/`. */
  function matcher(query) {
    var q = query.trim();
    if (q === "") return { test: function () { return true; }, error: false };
    var lower = q.toLowerCase();
    var slashes = /^\/(.+)\/([a-z]*)$/.exec(q);
    var re = null, error = false;
    try {
      re = slashes ? new RegExp(slashes[1], slashes[2].indexOf("i") >= 0 ? slashes[2] : slashes[2] + "i") : new RegExp(q, "i");
    } catch (e) {
      error = true;
    }
    return {
      test: function (name) {
        if (slashes) return re !== null && re.test(name);
        return name.toLowerCase().indexOf(lower) >= 0 || (re !== null && re.test(name));
      },
      error: error,
    };
  }

  var filterInput = document.getElementById("filter");
  var countLabel = document.getElementById("match-count");
  var noMatch = document.getElementById("no-match");

  function applyFilter() {
    var m = matcher(state.query);
    filterInput.classList.toggle("invalid", m.error);
    filterInput.title = m.error ? "not a valid regular expression: matching as plain text" : "";
    var shown = 0;
    charts.forEach(function (chart) {
      var visible = (state.group === "" || chart.bench.group === state.group) && m.test(chart.bench.name);
      chart.card.hidden = !visible;
      if (visible) shown++;
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      section.hidden = section.querySelector(".card:not([hidden])") === null;
    });
    noMatch.hidden = shown > 0;
    countLabel.textContent = shown === charts.size
      ? charts.size + " benchmarks"
      : shown + " of " + charts.size + " benchmarks";
  }

  // ------------------------------------------------------------------ setup

  data.benchmarks.forEach(function (bench) {
    var card = document.getElementById(bench.anchor);
    if (!card) return;
    charts.set(bench.name, {
      bench: bench,
      card: card,
      holder: card.querySelector(".chart"),
      legend: card.querySelector(".legend"),
      plot: null,
      series: null,
      width: 0,
    });
  });

  renderAll();
  applyFilter();

  filterInput.addEventListener("input", function () {
    state.query = filterInput.value;
    applyFilter();
  });
  document.querySelectorAll('input[name="group"]').forEach(function (input) {
    input.addEventListener("change", function () {
      if (input.checked) { state.group = input.value; applyFilter(); }
    });
  });
  document.querySelectorAll('input[name="metric"]').forEach(function (input) {
    input.addEventListener("change", function () {
      if (input.checked) { state.metric = input.value; renderAll(); }
    });
  });
  document.getElementById("log-scale").addEventListener("change", function (e) {
    state.log = e.target.checked;
    renderAll();
  });
  // "/" jumps to the filter, as on GitHub.
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== filterInput && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      filterInput.focus();
    }
  });

  // Charts follow their card's width (grid columns change with the window).
  if (typeof ResizeObserver === "function") {
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        var chart = charts.get(entry.target.parentElement.dataset.benchmark);
        var width = Math.floor(entry.contentRect.width);
        if (!chart || !chart.plot || width <= 0 || width === chart.width) return;
        chart.width = width;
        chart.plot.setSize({ width: width, height: chartHeight });
      });
    });
    charts.forEach(function (chart) { observer.observe(chart.holder); });
  }

  globalThis.tsdlDashboard = {
    /** The uPlot instance of each benchmark, by name. */
    plots: function () {
      var out = {};
      charts.forEach(function (chart, name) { out[name] = chart.plot; });
      return out;
    },
    state: state,
  };
  document.body.dataset.ready = "true";
})();
