(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var ui = data.ui;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgCounts = {nodes: data.nodes.length, edges: data.edges.length};
  window.kgStabilized = data.nodes.length === 0;
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    window.kgStabilized = true;
  });

  var details = document.getElementById("kg-details");
  function add(parent, tag, text) {
    var el = document.createElement(tag);
    if (text !== undefined) { el.textContent = text; }
    parent.appendChild(el);
    return el;
  }
  function section(title, items) {
    if (!items || !items.length) { return; }
    add(details, "h3", title);
    var list = add(details, "ul");
    items.forEach(function (item) { add(list, "li", item); });
  }
  function showDetails(id) {
    var info = data.info[id];
    while (details.firstChild) { details.removeChild(details.firstChild); }
    if (!info) { add(details, "p", ui.hint); return; }
    add(details, "h2", info.label);
    add(details, "div", ui.type + ": " + info.type + (info.kind ? " (" + info.kind + ")" : ""));
    section(ui.aliases, info.aliases);
    section(ui.posts, info.posts);
    section(ui.evidence, info.evidence.map(function (s) { return "\u201c" + s + "\u201d"; }));
    if (info.measures) { section(ui.measures, [info.measures]); }
  }
  window.kgShowDetails = showDetails;
  network.on("click", function (params) {
    showDetails(params.nodes.length ? params.nodes[0] : null);
  });

  function norm(s) { return String(s).normalize("NFC").toLocaleLowerCase("vi").trim(); }
  function findNode(query) {
    var q = norm(query);
    if (!q) { return null; }
    var visible = nodes.get({filter: function (n) { return !n.hidden; }});
    var exact = null, alias = null, partial = null;
    visible.forEach(function (n) {
      var info = data.info[n.id];
      if (exact === null && norm(info.label) === q) { exact = n.id; }
      if (alias === null && info.aliases.some(function (a) { return norm(a) === q; })) {
        alias = n.id;
      }
      if (partial === null && norm(info.label).indexOf(q) >= 0) { partial = n.id; }
    });
    return exact !== null ? exact : (alias !== null ? alias : partial);
  }
  var status = document.getElementById("kg-status");
  function search(query) {
    var id = findNode(query);
    status.textContent = id === null ? ui.notFound : "";
    window.kgFocused = id;
    if (id === null) { return null; }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.4, animation: false});
    showDetails(id);
    return id;
  }
  window.kgSearch = search;
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });

  function applyFilters() {
    var shown = {};
    document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
      shown[box.getAttribute("data-kg-type")] = box.checked;
    });
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, hidden: shown[n.kgType] === false};
    }));
  }
  document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  showDetails(null);
})();
