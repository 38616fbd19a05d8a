"""The API as a notebook sees it: plain GETs, JSON back."""

import pytest

L27 = "A/C.1/73/L.27/Rev.1"
L8 = "A/C.1/75/L.8/Rev.1"
RES = "A/RES/75/240"
REPORT = "A/75/394"


@pytest.fixture
def get_json(client, seeds):
    """GET a path and return (status, body), checking the answer is JSON open to any origin."""

    def get(path: str, **headers):
        response = client.get(path, headers=headers)
        assert response["Content-Type"].startswith("application/json"), response.content[:200]
        assert response["Access-Control-Allow-Origin"] == "*"
        return response.status_code, response.json()

    return get
