//! Swagger UI for our spec at `/imageapi/v1/docs`: a small page of our own
//! that loads the swagger-ui-dist files build.rs embedded (from the npm
//! package scripts/setup installs) and points them at `../swagger.json`.
//! A server built without the package answers 503 with a sentence saying
//! what to install.

use crate::http::{error, Body};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE, LOCATION};
use hyper::{Response, StatusCode};

include!(concat!(env!("OUT_DIR"), "/swagger_ui.rs"));

/// Where the page lives, under the base path.
pub const PATH: &str = "/docs";

/// The page: Swagger UI on the spec this server serves, with "Try it out"
/// sending requests to this same server.
const INDEX: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>imageapi: API reference</title>
  <link rel="stylesheet" href="swagger-ui.css">
  <link rel="icon" type="image/png" href="favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: new URL("../swagger.json", window.location.href).href,
      dom_id: "#swagger-ui",
      deepLinking: true,
      docExpansion: "list",
      tryItOutEnabled: false,
    });
  </script>
</body>
</html>
"##;

/// Answer `GET <base>/docs...`; `rest` is what follows `/docs`.
pub fn serve(rest: &str) -> Response<Body> {
    let Some((version, files)) = SWAGGER_UI else {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "this server was built without Swagger UI: run scripts/setup (it installs the swagger-ui-dist npm package into node_modules/) and build it again",
        );
    };
    match rest {
        // Relative links in the page resolve under the directory.
        "" => {
            let mut resp = Response::new(Full::new(Bytes::new()).boxed());
            *resp.status_mut() = StatusCode::MOVED_PERMANENTLY;
            let to = format!("{}{PATH}/", imageapi_generated::BASE_PATH);
            resp.headers_mut().insert(LOCATION, HeaderValue::from_str(&to).expect("an ASCII path"));
            resp
        }
        "/" | "/index.html" => file("text/html; charset=utf-8", INDEX.as_bytes(), "no-cache"),
        _ => match files.iter().find(|(name, _, _)| rest.strip_prefix('/') == Some(*name)) {
            // The files change only with the package's version, which the page does not pin: revalidate daily.
            Some((_, ctype, bytes)) => file(ctype, bytes, "max-age=86400"),
            None => error(StatusCode::NOT_FOUND, &format!("there is no {rest} in the docs (Swagger UI {version})")),
        },
    }
}

fn file(ctype: &'static str, bytes: &'static [u8], cache: &'static str) -> Response<Body> {
    let mut resp = Response::new(Full::new(Bytes::from_static(bytes)).boxed());
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    resp.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    resp
}
