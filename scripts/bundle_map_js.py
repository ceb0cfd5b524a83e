"""Write static/app/map-bundle.js: the corridor maps' scripts joined (see components.assets.MAP_BUNDLE_MEMBERS).

Run by ``make vendor`` after the vendored files change; commit the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from components.assets import MAP_BUNDLE_JS, STATIC_DIR, bundle_text  # noqa: E402

if __name__ == "__main__":
    target = STATIC_DIR / MAP_BUNDLE_JS
    target.write_text(bundle_text(), "utf-8")
    print(f"wrote {target.relative_to(STATIC_DIR.parent)} ({target.stat().st_size:,} bytes)")
