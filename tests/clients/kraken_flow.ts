// The Kraken flow through a typescript-fetch client generated from our
// swagger.yaml, run on node. tests/clients.rs copies this file next to the
// generated sources, compiles it with tsc and runs:
//     node kraken_flow.js <base url> <squashfs image>
// Each step is asserted and reported as `PASS <step>` or `FAIL <step>: why`;
// the last line is `passed N of M`, and the exit status is 1 if any failed.
// Requests are built from the client's own model types and its own
// serialisation; errors arrive as its ResponseError, whose body is decoded
// with the client's ModelErrorFromJSON.

import {
    AttachmentsApi, Configuration, ContainersApi, ModelError, ModelErrorFromJSON, Mount, MountsApi, ResponseError,
} from "./index";

// Node's own, declared here so the flow needs no @types/node.
declare const process: { argv: string[]; exit(code: number): never };

const [url, image] = process.argv.slice(2);
const config = new Configuration({ basePath: url });
const attachments = new AttachmentsApi(config);
const mounts = new MountsApi(config);
const containers = new ContainersApi(config);

const results: [string, unknown][] = [];
const ctx: { [k: string]: number } = {};

function check(cond: unknown, what: string) {
    if (!cond) throw new Error(what);
}

async function step(name: string, fn: () => Promise<void>) {
    try {
        await fn();
        results.push([name, null]);
        console.log(`PASS ${name}`);
    } catch (e) {
        results.push([name, e]);
        console.log(`FAIL ${name}: ${e instanceof Error ? e.message : e}`);
    }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll(what: string, cond: () => Promise<boolean>, secs = 30) {
    const deadline = Date.now() + secs * 1000;
    while (!(await cond())) {
        if (Date.now() > deadline) throw new Error(`${what} within ${secs} s`);
        await sleep(100);
    }
}

async function expectError(status: number, call: () => Promise<unknown>): Promise<ModelError> {
    try {
        await call();
    } catch (e) {
        check(e instanceof ResponseError, `not the client's ResponseError: ${e}`);
        const r = (e as ResponseError).response;
        const err = ModelErrorFromJSON(await r.json());
        check(r.status === status, `status ${r.status}, not ${status}: ${JSON.stringify(err)}`);
        check(err.code === status && err.message, `error without code or message: ${JSON.stringify(err)}`);
        return err;
    }
    throw new Error(`no error ${status}`);
}

async function byName(name: string) {
    const found = await containers.listContainers({ name });
    check(found.length === 1, `${found.length} containers named ${name}`);
    return found[0];
}

const nestedMount: Mount = {
    kind: "overlay",
    overlay: { lower: [{ kind: "attach", attach: {
        fsType: "squashfs", mountOptions: ["ro"],
        attach: { kind: "loopback", loopback: { path: image, base: "root" } } } }] },
};

async function main() {
    await step("attach a loopback", async () => {
        const a = await attachments.attach({ attach: { kind: "loopback", loopback: { path: image, base: "root" } } });
        check(a.id && a.deviceFile?.startsWith("/dev/loop"), JSON.stringify(a));
        ctx.attach = a.id!;
    });
    await step("attach mount on the attachment by reference", async () => {
        const m = await mounts.mount({ mount: { kind: "attach", attach: { fsType: "squashfs", attach: { id: ctx.attach } } } });
        check(m.attach?.attach.id === ctx.attach, JSON.stringify(m));
        ctx.mount = m.id!;
    });
    await step("overlay over the mount by reference", async () => {
        const m = await mounts.mount({ mount: { kind: "overlay", overlay: { lower: [{ id: ctx.mount }] } } });
        check(m.overlay?.lower[0].id === ctx.mount, JSON.stringify(m));
        ctx.overlay = m.id!;
    });
    await step("container on the overlay by reference", async () => {
        const c = await containers.createContainer({ container: {
            name: "kraken-ref", command: "/bin/sleep 1000", state: "running", mount: { id: ctx.overlay, kind: "overlay" } } });
        check(c.mount.id === ctx.overlay, JSON.stringify(c));
    });
    await step("fully nested container by name", async () => {
        const c = await containers.createContainer({ container: {
            name: "kraken-nested", command: "/bin/sleep 1000", state: "running", mount: nestedMount } });
        check(c.name === "kraken-nested", JSON.stringify(c));
    });
    await step("poll GET /container until both run", async () => {
        await poll("both running", async () => {
            const listed = await containers.listContainers();
            return listed.length === 2 && listed.every((c) => c.state === "running");
        });
    });
    await step("PATCH exited by name", async () => {
        const c = await containers.setContainerState({ state: "exited", name: "kraken-ref" });
        check(c.state === "stopping" || c.state === "exited", `${c.state}`);
        ctx.asked = Date.now();
    });
    await step("poll until exited", async () => {
        await poll("kraken-ref exited", async () => (await byName("kraken-ref")).state === "exited");
        console.log(`TIME exited ${((Date.now() - ctx.asked) / 1000).toFixed(2)} s after the stop request`);
    });
    await step("DELETE by name", async () => {
        const c = await containers.deleteContainer({ name: "kraken-ref" });
        check(c.name === "kraken-ref", JSON.stringify(c));
        check((await containers.listContainers()).every((c) => c.name !== "kraken-ref"), "still listed");
    });
    await step("pause", async () => {
        const c = await containers.setContainerState({ state: "paused", name: "kraken-nested" });
        check(c.state === "running" && c.paused === true, `state ${c.state}, paused ${c.paused}`);
    });
    await step("list while paused", async () => {
        const listed = await containers.listContainers();
        check(listed.length === 1 && listed[0].state === "running", JSON.stringify(listed));
        const paused = await containers.listContainers({ state: "paused" });
        check(paused.length === 1 && paused[0].name === "kraken-nested", JSON.stringify(paused));
    });
    await step("resume", async () => {
        const c = await containers.setContainerState({ state: "running", name: "kraken-nested" });
        check(c.state === "running" && !c.paused, JSON.stringify(c));
        check((await containers.listContainers({ state: "paused" })).length === 0, "still listed as paused");
    });
    await step("404 decoded as the client's error", async () => {
        const e = await expectError(404, () => attachments.listAttachments({ id: 999999 }));
        check(e.message.includes("999999"), e.message);
    });
    await step("409 decoded as the client's error", async () => {
        await expectError(409, () => attachments.deleteAttach({ id: ctx.attach }));
    });
    await step("400 decoded as the client's error", async () => {
        await expectError(400, () => containers.createContainer({ container: {
            command: "/bin/true", state: "exited", mount: { id: ctx.overlay } } }));
    });
    await step("stop and delete the nested container", async () => {
        await containers.setContainerState({ state: "exited", name: "kraken-nested" });
        await poll("kraken-nested exited", async () => (await byName("kraken-nested")).state === "exited");
        await containers.deleteContainer({ name: "kraken-nested" });
    });
    await step("delete the overlay, the mount and the attachment", async () => {
        await mounts.deleteMount({ id: ctx.overlay });
        await mounts.deleteMount({ id: ctx.mount });
        await attachments.deleteAttach({ id: ctx.attach });
        const left = [await containers.listContainers(), await mounts.listMounts(), await attachments.listAttachments()];
        check(left.every((l) => l.length === 0), `left: ${JSON.stringify(left)}`);
    });
    const passed = results.filter(([, e]) => e === null).length;
    console.log(`passed ${passed} of ${results.length}`);
    process.exit(passed === results.length ? 0 : 1);
}

main();
