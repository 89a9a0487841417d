"""Lines set in capitals (tickers, alerts) are read in ordinary case, with the text's offsets kept."""

from __future__ import annotations

import pytest

from services.extractor.casing import recase_capitals
from tests.extractor.holdout_sets import RULES_DAY, claim_keys


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "KREMLIN: MONDAY'S CALL BETWEEN PRESIDENT VLADIMIR PUTIN AND DONALD TRUMP LASTED TWO HOURS | AIDE SPEAKS",
            "Kremlin: Monday's call between President Vladimir Putin and Donald Trump lasted two hours . Aide speaks",
        ),
        (
            "QATAR'S EMIR SHEIKH TAMIM BIN HAMAD AL-THANI MEETS US ENVOY",
            "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani meets US Envoy",
        ),
        # a regnal number stays in capitals ("XI" is Xi Jinping's name, not a number); "EL-SISI" is "el-Sisi"
        (
            "EGYPT'S PRESIDENT ABDEL FATTAH EL-SISI RECEIVES KING ABDULLAH II",
            "Egypt's President Abdel Fattah el-Sisi receives King Abdullah II",
        ),
        (
            "SHEHBAZ SHARIF TO HOLD TALKS WITH XI JINPING IN BEIJING",
            "Shehbaz Sharif to hold talks with Xi Jinping in Beijing",
        ),
        # ordinary text, and a line with a few acronyms in it, are left as they are
        (
            "NATO and EU leaders met the UN chief in New York on Monday.",
            "NATO and EU leaders met the UN chief in New York on Monday.",
        ),
    ],
)
def test_a_line_in_capitals_is_read_in_ordinary_case_with_its_length_kept(text, read):
    assert recase_capitals(text) == read
    assert len(recase_capitals(text)) == len(text)


def test_a_ticker_in_capitals_gives_its_claims_with_mentions_as_written():
    text = (
        "LIVE | PM RISHI SUNAK HOLDS TALKS WITH UKRAINIAN PRESIDENT VOLODYMYR ZELENSKYY AT CHEQUERS | "
        "TALKS LASTED ABOUT TWO HOURS"
    )
    assert claim_keys(text, RULES_DAY) == {
        ("duration", '{"approximate": true, "seconds": 7200}'),
        ("participants", '["Rishi Sunak", "Volodymyr Zelenskyy"]'),
        ("venue", '{"name": "Chequers"}'),
    }


def test_mentions_of_a_ticker_are_cut_from_the_text_as_written():
    from datetime import datetime

    from services.extractor import extract

    text = "BIDEN, XI MEET | PRESIDENT JOE BIDEN AND PRESIDENT XI JINPING SPOKE FOR THREE HOURS IN WOODSIDE ON MONDAY"
    claims = extract(text, datetime(2023, 11, 16))
    assert claims and all(text[c.span[0] : c.span[1]] == c.mention for c in claims)
    assert {c.mention for c in claims} >= {"THREE HOURS", "IN WOODSIDE"}
