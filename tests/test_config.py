"""curation.config: workspace settings (curate.json)."""

from __future__ import annotations


def test_settings_keep_adjudicators_in_curate_json(tmp_path) -> None:
    import pytest

    from curation.config import CurateError, Settings, Workspace

    workspace = Workspace(tmp_path)
    assert Settings.load(workspace).adjudicators == []
    Settings.load(workspace).with_adjudicators(["Ada@Example.org", "bo@example.org"]).save(workspace)
    Settings.load(workspace).with_adjudicators(["bo@example.org"]).save(workspace)
    assert Settings.load(workspace).adjudicators == ["ada@example.org", "bo@example.org"]
    with pytest.raises(CurateError, match="not an e-mail"):
        Settings().with_adjudicators(["nobody"])
    workspace.settings_path.write_text('{"adjudicators": "x"}')
    with pytest.raises(CurateError, match="must be a list"):
        Settings.load(workspace)
