// egui's shader for software rasterisers (llvmpipe), loaded by
// `src/game/ui/software_shader.rs` in place of bevy_egui 0.42's `render/egui.wgsl`.
// Bindings and vertex layout are bevy_egui's own and must stay in step with it.

struct Transform {
    scale: vec2<f32>,
    translation: vec2<f32>,
}

struct VertexInput {
    @location(0) position: vec2<f32>,
    @location(1) uv: vec2<f32>,
    @location(2) color: vec4<f32>,
}

struct VertexOutput {
    @builtin(position) position: vec4<f32>,
    @location(0) color: vec4<f32>,
    @location(1) uv: vec2<f32>,
}

@group(0) @binding(0) var<uniform> transform: Transform;

#ifdef BINDLESS
@group(1) @binding(0) var image_texture: binding_array<texture_2d<f32>>;
@group(1) @binding(1) var image_sampler: binding_array<sampler>;

// Fix for DX12 backend in wgpu which appears to only support struct immediates
// wgpu::backend::wgpu_core: Shader translation error for stage ShaderStages(FRAGMENT): HLSL: Unimplemented("immediate 'offset' has non-struct type; tracked by: https://github.com/gfx-rs/wgpu/issues/5683")
struct BindlessOffset {
    offset: u32,
};
var<immediate> offset: BindlessOffset;

#else //BINDLESS
@group(1) @binding(0) var image_texture: texture_2d<f32>;
@group(1) @binding(1) var image_sampler: sampler;
#endif // BINDLESS

// 0-1 linear  from  0-1 sRGB gamma.
fn linear_from_gamma_rgb(srgb: vec3<f32>) -> vec3<f32> {
    let cutoff = srgb < vec3<f32>(0.04045);
    let lower = srgb / vec3<f32>(12.92);
    let higher = pow((srgb + vec3<f32>(0.055)) / vec3<f32>(1.055), vec3<f32>(2.4));
    return select(higher, lower, cutoff);
}

@vertex
fn vs_main(in: VertexInput) -> VertexOutput {
    let position = in.position * transform.scale + transform.translation;
    // The vertex colour goes to linear here, once per vertex, instead of per pixel.
    return VertexOutput(
        vec4<f32>(position, 0.0, 1.0),
        vec4<f32>(linear_from_gamma_rgb(in.color.rgb), in.color.a),
        in.uv,
    );
}

@fragment
fn fs_main(in: VertexOutput) -> @location(0) vec4<f32> {
    #ifdef BINDLESS
    let image_texture = image_texture[offset.offset];
    let image_sampler = image_sampler[offset.offset];
    #endif

    // bevy_egui's shader computes linear(gamma(texture) × colour) with two sRGB
    // conversions (six `pow`s) per pixel. For a power-law curve that equals
    // texture × linear(colour), which needs none: on a software rasteriser this is
    // a large share of each frame. Solid shapes (white texel) come out the same;
    // anti-aliased text edges differ by a few per cent of their darkness.
    return textureSample(image_texture, image_sampler, in.uv) * in.color;
}
