"""The Kraken flow through a Python client generated from a v0.2 spec.

Run by tests/clients.rs with the generated package on sys.path:
    kraken_flow.py <module> <base url> <squashfs image>

Each step is asserted and reported as `PASS <step>` or `FAIL <step>: why`;
the last line is `passed N of M`, and the exit status is 1 if any failed.
Requests go out as the client builds them from its own models (from_dict,
then its own serialisation); answers come back as its own models, and
errors as its own exception type with the spec's error model in `.data`.
"""

import importlib
import sys
import time

module, url, image = sys.argv[1], sys.argv[2], sys.argv[3]
client = importlib.import_module(module)
models = importlib.import_module(module + ".models")
api_client = client.ApiClient(client.Configuration(host=url))
attachments = client.AttachmentsApi(api_client)
mounts = client.MountsApi(api_client)
containers = client.ContainersApi(api_client)
# The v0.2.0 spec gives its deletes no operation id: the generator names them.
delete_attach = getattr(attachments, "delete_attach", None) or attachments.attach_delete
delete_mount = getattr(mounts, "delete_mount", None) or mounts.mount_delete

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
    while True:
        last = cond()
        if last:
            return last
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {secs} s")
        time.sleep(0.1)


def expect_error(status, call):
    """The call must raise the client's own ApiException with the spec's
    error model decoded in .data, carrying the status and a message."""
    try:
        call()
    except client.ApiException as e:
        check(e.status == status, f"status {e.status}, not {status}: {e.body}")
        check(isinstance(e.data, models.Error), f"the error body was not decoded as Error: {e.data!r}")
        check(e.data.code == status and e.data.message, f"error without code or message: {e.data!r}")
        return e.data
    raise AssertionError(f"no error {status}")


def by_name(name):
    found = containers.list_containers(name=name)
    check(len(found) == 1, f"{len(found)} containers named {name}")
    return found[0]


def nested_mount():
    return {"kind": "overlay", "overlay": {"lower": [{"kind": "attach", "attach": {
        "fs_type": "squashfs", "mount_options": ["ro"],
        "attach": {"kind": "loopback", "loopback": {"path": image, "base": "root"}}}}]}}


@step("attach a loopback")
def _():
    a = attachments.attach(attach=models.Attach.from_dict({"kind": "loopback", "loopback": {"path": image, "base": "root"}}))
    check(a.id and a.device_file.startswith("/dev/loop"), f"{a}")
    ctx["attach"] = a.id


@step("attach mount on the attachment by reference")
def _():
    m = mounts.mount(mount=models.Mount.from_dict({"kind": "attach", "attach": {"fs_type": "squashfs", "attach": {"id": ctx["attach"]}}}))
    check(m.attach.attach.id == ctx["attach"], f"the mount is not on attachment {ctx['attach']}: {m}")
    ctx["mount"] = m.id


@step("overlay over the mount by reference")
def _():
    m = mounts.mount(mount=models.Mount.from_dict({"kind": "overlay", "overlay": {"lower": [{"id": ctx["mount"]}]}}))
    check(m.overlay.lower[0].id == ctx["mount"], f"{m}")
    ctx["overlay"] = m.id


@step("container on the overlay by reference")
def _():
    c = containers.create_container(container=models.Container.from_dict({
        "name": "kraken-ref", "command": "/bin/sleep 1000", "state": "running",
        "mount": {"id": ctx["overlay"], "kind": "overlay"}}))
    check(c.mount.id == ctx["overlay"], f"{c}")


@step("fully nested container by name")
def _():
    c = containers.create_container(container=models.Container.from_dict({
        "name": "kraken-nested", "command": "/bin/sleep 1000", "state": "running", "mount": nested_mount()}))
    check(c.name == "kraken-nested", f"{c}")


@step("poll GET /container until both run")
def _():
    def both_run():
        listed = containers.list_containers()
        return len(listed) == 2 and all(c.state == "running" for c in listed)
    poll("both running", both_run)


@step("PATCH exited by name")
def _():
    c = containers.set_container_state(state="exited", name="kraken-ref")
    check(c.state in ("stopping", "exited"), f"{c.state}")
    ctx["asked"] = time.monotonic()


@step("poll until exited")
def _():
    poll("kraken-ref exited", lambda: by_name("kraken-ref").state == "exited")
    print(f"TIME exited {time.monotonic() - ctx['asked']:.2f} s after the stop request", flush=True)


@step("DELETE by name")
def _():
    c = containers.delete_container(name="kraken-ref")
    check(c.name == "kraken-ref", f"{c}")
    check(all(c.name != "kraken-ref" for c in containers.list_containers()), "still listed")


@step("pause")
def _():
    c = containers.set_container_state(state="paused", name="kraken-nested")
    check(c.state == "running", f"a paused container reads {c.state}")
    # A model of our spec knows the extension; one of v0.2.0 drops it.
    if "paused" in type(c).model_fields:
        check(c.paused is True, f"paused reads {c.paused!r}")


@step("list while paused")
def _():
    listed = containers.list_containers()
    check(len(listed) == 1 and listed[0].state == "running", f"{listed}")
    paused = containers.list_containers(state="paused")
    check([c.name for c in paused] == ["kraken-nested"], f"state=paused lists {paused}")


@step("resume")
def _():
    c = containers.set_container_state(state="running", name="kraken-nested")
    check(c.state == "running", f"{c.state}")
    check(containers.list_containers(state="paused") == [], "still listed as paused")


@step("404 decoded as the client's error")
def _():
    e = expect_error(404, lambda: attachments.list_attachments(id=999999))
    check("999999" in e.message, e.message)


@step("409 decoded as the client's error")
def _():
    expect_error(409, lambda: delete_attach(id=ctx["attach"]))


@step("400 decoded as the client's error")
def _():
    expect_error(400, lambda: containers.create_container(container=models.Container.from_dict({
        "command": "/bin/true", "state": "exited", "mount": {"id": ctx["overlay"]}})))


@step("stop and delete the nested container")
def _():
    containers.set_container_state(state="exited", name="kraken-nested")
    poll("kraken-nested exited", lambda: by_name("kraken-nested").state == "exited")
    containers.delete_container(name="kraken-nested")


@step("delete the overlay, the mount and the attachment")
def _():
    delete_mount(id=ctx["overlay"])
    delete_mount(id=ctx["mount"])
    delete_attach(id=ctx["attach"])
    left = (containers.list_containers(), mounts.list_mounts(), attachments.list_attachments())
    check(left == ([], [], []), f"left: {left}")


passed = sum(1 for _, e in results if e is None)
print(f"passed {passed} of {len(results)}", flush=True)
sys.exit(0 if passed == len(results) else 1)
