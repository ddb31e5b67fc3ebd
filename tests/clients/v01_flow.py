"""The v0.1 tutorial flow (an overlay over an existing mount, a container
created, started and stopped through GET /container/{id}/{state} and its
byname form, deleted through DELETE /container/{id} and
/mount/overlay/{id}) through a Python client generated from the original
v0.1.5 spec. v0.1 can only make rbd attachments, which this kernel lacks,
so the squashfs mount under the overlay is a loopback one made through
v0.2 by tests/clients.rs.

    v01_flow.py <module> <origin> <base path> <id of the squashfs mount>

Reports `PASS <step>` / `FAIL <step>: why` and `passed N of M`, like
kraken_flow.py; errors arrive as the client's own ApiException with the
spec's error model in `.data`.
"""

import importlib
import json
import sys
import time
import urllib.request

module, origin, base, lower_id = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
client = importlib.import_module(module)
models = importlib.import_module(module + ".models")
api_client = client.ApiClient(client.Configuration(host=origin + base))
attach = client.AttachApi(api_client)
mounts = client.MountsApi(api_client)
containers = client.ContainersApi(api_client)

results = []
ctx = {}


def step(name):
    def run(fn):
        try:
            fn()
            results.append((name, None))
            print(f"PASS {name}", flush=True)
        except Exception as e:  # every failure is reported, the flow goes on
            results.append((name, e))
            print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
    return run


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def poll(what, cond, secs=30):
    deadline = time.monotonic() + secs
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {secs} s")
        time.sleep(0.1)


def expect_error(status, call):
    try:
        call()
    except client.ApiException as e:
        check(e.status == status, f"status {e.status}, not {status}: {e.body}")
        check(isinstance(e.data, models.Error), f"the error body was not decoded as Error: {e.data!r}")
        check(e.data.code == status and e.data.message, f"error without code or message: {e.data!r}")
        return e.data
    raise AssertionError(f"no error {status}")


def raw(method, path, body=None):
    """A request as curl sends it in the tutorials (no generated client)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(origin + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req) as r:
        return r.status, json.loads(r.read() or b"null")


@step("list rbd attachments")
def _():
    check(attach.list_rbds() == [], "rbd attachments on a node without rbd")


@step("map an rbd image: 501 on this kernel, decoded as the client's error")
def _():
    rbd = models.Rbd.from_dict({"monitors": ["127.0.0.1"], "pool": "rbd", "image": "systemd.sqsh", "options": {"ro": True, "name": "admin"}})
    expect_error(501, lambda: attach.map_rbd(rbd=rbd))


@step("overlay over the existing mount")
def _():
    o = mounts.mount_overlay(mount=models.MountOverlay.from_dict({"lower": [{"kind": "rbd", "mount_id": lower_id}]}))
    check(o.id and o.mountpoint and o.upperdir and o.workdir, f"{o}")
    check([m.mount_id for m in o.lower] == [lower_id], f"lower {o.lower}")
    ctx["overlay"] = o.id


@step("the overlay is listed by v0.1 and by v0.2")
def _():
    check(ctx["overlay"] in [o.id for o in mounts.list_mounts_overlay()], "not in GET /mount/overlay")
    check(mounts.get_mount_overlay(id=ctx["overlay"]).id == ctx["overlay"], "GET /mount/overlay/{id}")
    status, listed = raw("GET", f"{base}/mount?id={ctx['overlay']}")
    check(status == 200 and listed[0]["kind"] == "overlay", f"GET /mount?id= answered {status} {listed}")


@step("create a container on the overlay")
def _():
    c = containers.create_container(container=models.Container.from_dict({
        "name": "test-container", "command": "/bin/sleep 1000", "state": "created",
        "mount": {"kind": "overlay", "mount_id": ctx["overlay"]}}))
    check(c.state == "created" and c.mount.mount_id == ctx["overlay"], f"{c}")
    check(c.logfile, "no logfile")
    with open(c.logfile) as f:
        check("created" in f.read(), "the log has no created line")
    ctx["container"] = c.id


@step("GET /container/{id}")
def _():
    check(containers.get_container(id=ctx["container"]).state == "created", "not created")


@step("start through GET /container/{id}/running")
def _():
    c = containers.set_container_state(id=ctx["container"], state="running")
    check(c.state == "running", f"{c.state}")


@step("GET /container/byname/{name}")
def _():
    c = containers.get_container_byname(name="test-container")
    check(c.id == ctx["container"] and c.state == "running", f"{c}")


@step("the tutorial's path without the base path")
def _():
    status, c = raw("GET", f"/container/{ctx['container']}")
    check(status == 200 and c["name"] == "test-container", f"{status} {c}")


@step("DELETE of a running container: 409 decoded as the client's error")
def _():
    expect_error(409, lambda: containers.delete_container(id=ctx["container"]))


@step("stop through GET /container/byname/{name}/exited")
def _():
    c = containers.set_container_state_byname(name="test-container", state="exited")
    check(c.state in ("stopping", "exited"), f"{c.state}")
    poll("exited", lambda: containers.get_container(id=ctx["container"]).state == "exited")


@step("DELETE /container/{id}")
def _():
    c = containers.delete_container(id=ctx["container"])
    check(c.id == ctx["container"], f"{c}")
    expect_error(404, lambda: containers.get_container(id=ctx["container"]))


@step("DELETE /mount/overlay/{id}")
def _():
    o = mounts.unmount_overlay(id=ctx["overlay"])
    check(o.id == ctx["overlay"], f"{o}")
    check(mounts.list_mounts_overlay() == [], "overlays left")


@step("the tutorial's overlay of bare ids, without the base path")
def _():
    status, o = raw("POST", "/mount/overlay", {"lower": [lower_id]})
    check(status == 201 and o["lower"][0]["mount_id"] == lower_id, f"{status} {o}")
    status, gone = raw("DELETE", f"/mount/overlay/{o['id']}")
    check(status == 200 and gone["id"] == o["id"], f"{status} {gone}")


@step("an overlay made through v0.2 is seen and deleted through v0.1")
def _():
    status, o = raw("POST", f"{base}/mount", {"kind": "overlay", "overlay": {"lower": [{"id": lower_id}]}})
    check(status == 201, f"POST /mount answered {status} {o}")
    got = mounts.get_mount_overlay(id=o["id"])
    check([m.mount_id for m in got.lower] == [lower_id], f"{got}")
    mounts.unmount_overlay(id=o["id"])
    expect_error(404, lambda: mounts.get_mount_overlay(id=o["id"]))


passed = sum(1 for _, e in results if e is None)
print(f"passed {passed} of {len(results)}", flush=True)
sys.exit(0 if passed == len(results) else 1)
