// Whether WebGL is drawn by the CPU (SwiftShader, llvmpipe, Microsoft Basic Render Driver): virtual
// machines, remote desktops, headless browsers. There every sigma frame of a large graph costs
// hundreds of milliseconds, so the layout is not animated on load; the toolbar still starts it.

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|basic render driver|software/i;

type GL = WebGLRenderingContext | WebGL2RenderingContext;

/**
 * @param canvases canvases that already hold a WebGL context (sigma's): asked first, since making
 *   a context only to read its renderer's name took 0.6 s of the 100k-paper load's main thread
 */
export function isSoftwareWebGL(canvases: Iterable<HTMLCanvasElement> = []): boolean {
  for (const canvas of canvases) {
    // A canvas hands back the context it has; one of another kind (2D) gives null.
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (gl) return SOFTWARE_RENDERERS.test(rendererOf(gl));
  }
  const gl = document.createElement("canvas").getContext("webgl");
  if (!gl) return true;
  const renderer = rendererOf(gl);
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return SOFTWARE_RENDERERS.test(renderer);
}

function rendererOf(gl: GL): string {
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  return String(
    info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
  );
}
