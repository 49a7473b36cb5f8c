"""Convert world-atlas's ``countries-110m.json`` (Natural Earth 1:110m, TopoJSON) to the small GeoJSON the map
page draws (``web/static/vendor/countries/countries-110m.geojson``): arcs decoded, coordinates rounded to 0.01°.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/vendor_countries.py /tmp/package/countries-110m.json web/static/vendor/countries/countries-110m.geojson
"""

from __future__ import annotations

import json
import sys
from typing import Any


def decode_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    out: list[list[float]] = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points if not out else points[1:])
    return out


def feature(geometry: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        coords: Any = [ring(r, arcs) for r in geometry["arcs"]]
    elif kind == "MultiPolygon":
        coords = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
    else:
        return None
    return {"type": "Feature", "properties": {"name": geometry.get("properties", {}).get("name")},
            "geometry": {"type": kind, "coordinates": coords}}


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as stream:
        topology = json.load(stream)
    arcs = decode_arcs(topology)
    features = [f for g in topology["objects"]["countries"]["geometries"] if (f := feature(g, arcs))]
    with open(target, "w", encoding="utf-8") as stream:
        json.dump({"type": "FeatureCollection", "features": features}, stream, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
