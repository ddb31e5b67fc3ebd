// placeholder until the loop device module lands
use std::path::{Path, PathBuf};
pub struct LoopOptions { pub read_only: bool, pub partscan: bool, pub direct_io: bool }
#[derive(Debug)] pub struct LoopDevice;
#[derive(Debug)] pub struct LoopError;
impl std::fmt::Display for LoopError { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { f.write_str("x") } }
pub fn attach(_b: &std::fs::File, _n: &Path, _o: &LoopOptions) -> Result<LoopDevice, LoopError> { Err(LoopError) }
impl LoopDevice { pub fn path(&self) -> PathBuf { PathBuf::new() } pub fn detach(self) -> Result<(), LoopError> { Ok(()) } }
