// The IMGAPI flow of Triton's own client (sdc-clients' IMGAPI class)
// against the serve listener of a running imageapi-server.
// Usage: node flow.js URL USER PASSWORD FILE WORKDIR
// Prints one line per step; exits non-zero with the reason on the first
// step that does not behave as IMGAPI does.
'use strict';
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');
var sdc;
try {
    sdc = require('sdc-clients');
} catch (e) {
    console.error('sdc-clients is not installed (scripts/setup installs it): ' + e.message);
    process.exit(3);
}

var url = process.argv[2], user = process.argv[3], password = process.argv[4];
var file = process.argv[5], work = process.argv[6];
var sha1 = crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');

function fail(step, why) {
    console.error('FAIL ' + step + ': ' + why);
    process.exit(1);
}
function ok(step, detail) {
    console.log('ok ' + step + (detail ? ' ' + detail : ''));
}
function client(withCredentials) {
    var opts = {url: url, agent: false};
    if (withCredentials) {
        opts.user = user;
        opts.password = password;
    }
    return new sdc.IMGAPI(opts);
}

var admin = client(true);
var anon = client(false);
var steps = [
    function ping(next) {
        anon.ping(function (err, pong) {
            if (err) return fail('ping', err);
            if (pong.ping !== 'pong' || pong.imgapi !== true) return fail('ping', JSON.stringify(pong));
            ok('ping');
            next();
        });
    },
    function createWithoutCredentials(next) {
        anon.createImage({name: 'denied', version: '1', type: 'other', os: 'linux'}, function (err) {
            if (!err) return fail('createImage without credentials', 'it succeeded');
            if (err.statusCode !== 401 || err.restCode !== 'UnauthorizedError') {
                return fail('createImage without credentials', err.statusCode + ' ' + err.restCode);
            }
            ok('createImage without credentials', err.statusCode + ' ' + err.restCode);
            next();
        });
    },
    function createImage(next) {
        var manifest = {name: 'imgapi-flow', version: '1.0.0', type: 'zone-dataset', os: 'smartos',
            description: 'made by the sdc-clients flow', requirements: {networks: [{name: 'net0', description: 'public'}]}};
        admin.createImage(manifest, function (err, image) {
            if (err) return fail('createImage', err);
            if (image.state !== 'unactivated' || image.v !== 2 || image.type !== 'zone-dataset' || image.disabled !== false) {
                return fail('createImage', JSON.stringify(image));
            }
            if (!image.requirements || image.requirements.networks[0].name !== 'net0') {
                return fail('createImage', 'requirements were not kept: ' + JSON.stringify(image));
            }
            steps.uuid = image.uuid;
            ok('createImage', image.uuid);
            next();
        });
    },
    function addImageFileWrongSha1(next) {
        admin.addImageFile({uuid: steps.uuid, file: file, compression: 'none', sha1: '0000000000000000000000000000000000000000'},
            function (err) {
                if (!err) return fail('addImageFile with a wrong sha1', 'it succeeded');
                if (err.statusCode !== 400) return fail('addImageFile with a wrong sha1', err.statusCode + ' ' + err.restCode);
                ok('addImageFile with a wrong sha1', err.statusCode + ' ' + err.restCode);
                next();
            });
    },
    function addImageFile(next) {
        admin.addImageFile({uuid: steps.uuid, file: file, compression: 'none', sha1: sha1}, function (err, image) {
            if (err) return fail('addImageFile', err);
            var f = image.files && image.files[0];
            if (!f || f.sha1 !== sha1 || f.size !== fs.statSync(file).size || f.compression !== 'none') {
                return fail('addImageFile', JSON.stringify(image));
            }
            ok('addImageFile', f.size + ' bytes');
            next();
        });
    },
    function activateImage(next) {
        admin.activateImage(steps.uuid, function (err, image) {
            if (err) return fail('activateImage', err);
            if (image.state !== 'active' || !image.published_at) return fail('activateImage', JSON.stringify(image));
            ok('activateImage');
            next();
        });
    },
    function getImage(next) {
        anon.getImage(steps.uuid, function (err, image) {
            if (err) return fail('getImage', err);
            if (image.uuid !== steps.uuid || image.name !== 'imgapi-flow' || image.state !== 'active') {
                return fail('getImage', JSON.stringify(image));
            }
            ok('getImage');
            next();
        });
    },
    function getImageBadUuid(next) {
        anon.getImage('00000000-0000-4000-8000-000000000000', function (err) {
            if (!err) return fail('getImage of an unknown uuid', 'it succeeded');
            if (err.statusCode !== 404 || err.restCode !== 'ResourceNotFound') {
                return fail('getImage of an unknown uuid', err.statusCode + ' ' + err.restCode);
            }
            anon.getImage('not-a-uuid', function (err2) {
                if (!err2 || err2.statusCode !== 404) return fail('getImage of a malformed uuid', err2 ? err2.statusCode : 'it succeeded');
                ok('getImage of a bad uuid', err.statusCode + ' ' + err.restCode);
                next();
            });
        });
    },
    function listImages(next) {
        anon.listImages({name: 'imgapi-flow'}, function (err, images) {
            if (err) return fail('listImages', err);
            if (images.length !== 1 || images[0].uuid !== steps.uuid) return fail('listImages', JSON.stringify(images));
            anon.listImages({name: 'no-such-image'}, function (err2, none) {
                if (err2) return fail('listImages', err2);
                if (none.length !== 0) return fail('listImages with a filter', JSON.stringify(none));
                ok('listImages');
                next();
            });
        });
    },
    function updateImage(next) {
        var changes = {description: 'changed by updateImage', tags: {role: 'compute'}, homepage: 'https://example.org/flow'};
        admin.updateImage(steps.uuid, changes, function (err, image) {
            if (err) return fail('updateImage', err);
            if (image.description !== changes.description || image.tags.role !== 'compute' || image.homepage !== changes.homepage) {
                return fail('updateImage', JSON.stringify(image));
            }
            anon.listImages({'tag.role': 'compute'}, function (err2, images) {
                if (err2) return fail('updateImage', err2);
                if (images.length !== 1 || images[0].uuid !== steps.uuid) return fail('listImages by tag', JSON.stringify(images));
                ok('updateImage');
                next();
            });
        });
    },
    function updateImageRefused(next) {
        admin.updateImage(steps.uuid, {name: 'renamed', description: 'not kept'}, function (err) {
            if (!err) return fail('updateImage of a fixed field', 'it succeeded');
            var body = err.body || {};
            if (err.statusCode !== 422 || err.restCode !== 'ValidationFailed' || !body.errors || body.errors[0].field !== 'name') {
                return fail('updateImage of a fixed field', err.statusCode + ' ' + err.restCode + ' ' + JSON.stringify(body));
            }
            anon.getImage(steps.uuid, function (err2, image) {
                if (err2) return fail('updateImage of a fixed field', err2);
                if (image.name !== 'imgapi-flow' || image.description !== 'changed by updateImage') {
                    return fail('updateImage of a fixed field', 'a refused update changed the image: ' + JSON.stringify(image));
                }
                anon.updateImage(steps.uuid, {description: 'anonymous'}, function (err3) {
                    if (!err3 || err3.statusCode !== 401) return fail('updateImage without credentials', err3 ? err3.statusCode : 'it succeeded');
                    ok('updateImage of a fixed field', err.statusCode + ' ' + err.restCode);
                    next();
                });
            });
        });
    },
    function createPages(next) {
        // Three more images, unactivated: five pages of one, or two of two.
        steps.pages = [];
        (function one(i) {
            if (i === 3) return next();
            admin.createImage({name: 'imgapi-page', version: String(i), type: 'other', os: 'linux'}, function (err, image) {
                if (err) return fail('createImage for pages', err);
                steps.pages.push(image.uuid);
                one(i + 1);
            });
        })(0);
    },
    function activateWithoutFile(next) {
        admin.activateImage(steps.pages[0], function (err) {
            if (!err) return fail('activateImage without a file', 'it succeeded');
            if (err.statusCode !== 422 || err.restCode !== 'NoActivationNoFile') {
                return fail('activateImage without a file', err.statusCode + ' ' + err.restCode);
            }
            ok('activateImage without a file', err.statusCode + ' ' + err.restCode);
            next();
        });
    },
    function listImagesByPage(next) {
        // Pages of two, each starting at the last image of the one before
        // (IMGAPI's marker): all four images, each once, in one order.
        var seen = [];
        (function page(marker) {
            var filters = {state: 'all', limit: 2};
            if (marker) filters.marker = marker;
            admin.listImages(filters, function (err, images) {
                if (err) return fail('listImages by page', err);
                if (images.length > 2) return fail('listImages by page', 'a page of ' + images.length + ' with limit 2');
                if (marker) {
                    if (!images.length || images[0].uuid !== marker) return fail('listImages by page', 'the page does not start at its marker');
                    images.shift();
                }
                images.forEach(function (im) { seen.push(im.uuid); });
                if (images.length === 0) {
                    var all = [steps.uuid].concat(steps.pages).sort();
                    if (JSON.stringify(seen.slice().sort()) !== JSON.stringify(all)) {
                        return fail('listImages by page', 'saw ' + JSON.stringify(seen) + ', expected ' + JSON.stringify(all));
                    }
                    admin.listImages({state: 'all', name: '~page'}, function (err2, pages) {
                        if (err2) return fail('listImages by substring', err2);
                        if (pages.length !== 3) return fail('listImages by substring', JSON.stringify(pages));
                        admin.listImages({state: 'all', limit: 2, marker: 'yesterday'}, function (err3) {
                            if (!err3 || err3.statusCode !== 422 || err3.restCode !== 'InvalidParameter') {
                                return fail('listImages with a bad marker', err3 ? err3.statusCode + ' ' + err3.restCode : 'it succeeded');
                            }
                            ok('listImages by page', seen.length + ' images');
                            next();
                        });
                    });
                    return;
                }
                page(seen[seen.length - 1]);
            });
        })(null);
    },
    function deletePages(next) {
        (function one(i) {
            if (i === steps.pages.length) return next();
            admin.deleteImage(steps.pages[i], function (err) {
                if (err) return fail('deleteImage', err);
                one(i + 1);
            });
        })(0);
    },
    function getImageFile(next) {
        var out = path.join(work, 'downloaded');
        anon.getImageFile(steps.uuid, out, function (err) {
            if (err) return fail('getImageFile', err);
            var got = crypto.createHash('sha1').update(fs.readFileSync(out)).digest('hex');
            if (got !== sha1) return fail('getImageFile', 'sha1 ' + got + ', expected ' + sha1);
            fs.unlinkSync(out);
            ok('getImageFile', 'sha1 ' + got);
            next();
        });
    },
    function deleteWithoutCredentials(next) {
        anon.deleteImage(steps.uuid, function (err) {
            if (!err || err.statusCode !== 401) return fail('deleteImage without credentials', err ? err.statusCode : 'it succeeded');
            ok('deleteImage without credentials', err.statusCode + ' ' + err.restCode);
            next();
        });
    },
    function deleteImage(next) {
        admin.deleteImage(steps.uuid, function (err) {
            if (err) return fail('deleteImage', err);
            anon.getImage(steps.uuid, function (err2) {
                if (!err2 || err2.statusCode !== 404) return fail('deleteImage', 'the image is still there');
                ok('deleteImage');
                next();
            });
        });
    }
];

(function run(i) {
    if (i === steps.length) {
        console.log('done');
        process.exit(0);
    }
    steps[i](function () { run(i + 1); });
})(0);
