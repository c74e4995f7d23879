// Whether WebGL is drawn by the CPU (SwiftShader, llvmpipe, Microsoft Basic Render Driver): virtual
// machines, remote desktops, headless browsers. There every sigma frame of a large graph costs
// hundreds of milliseconds, so the layout is not animated on load; the toolbar still starts it.

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|basic render driver|software/i;

export function isSoftwareWebGL(): boolean {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl");
  if (!gl) return true;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = String(
    info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
  );
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return SOFTWARE_RENDERERS.test(renderer);
}
