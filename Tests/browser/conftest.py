import functools
import http.server
import os
import pathlib
import socketserver
import subprocess
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = ROOT / "public"
SHOTS = ROOT / ".build" / "screenshots"


@pytest.fixture(scope="session")
def driver():
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                 "--allow-file-access-from-files"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def http_base():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))

    class Quiet(handler.func):
        def log_message(self, *args):
            pass

    server = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def file_base():
    return SITE.as_uri() + "/"


@pytest.fixture(scope="session")
def paged_base(tmp_path_factory):
    """The seeds built with ten events per page (file:// URL), so lists span several pages."""
    project = tmp_path_factory.mktemp("paged")
    (project / "annals.yml").write_text(
        f"page_size: 10\ninput: {ROOT / 'seeds'}\ntemplates: {ROOT / 'templates'}\noutput: public\n")
    subprocess.run([str(ROOT / ".build" / "debug" / "annals"), "build"], cwd=project, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (project / "public").as_uri() + "/"
